// The session cookie's token, read as next-auth reads it (next-auth/jwt decode: A256GCM, "dir", with a key derived by
// HKDF-SHA-256 from NEXTAUTH_SECRET, 15 s of clock tolerance on its expiry), but with the key derived once per process:
// next-auth derives it again at every call, on every page (decision 0025).
import { hkdfSync } from "node:crypto";
import { jwtDecrypt, type JWTPayload } from "jose";

let derived: { secret: string; key: Uint8Array } | undefined;

/** next-auth's encryption key for its tokens (jwt/index.js getDerivedEncryptionKey, empty salt). */
function encryptionKey(secret: string): Uint8Array {
  if (derived?.secret !== secret) {
    derived = { secret, key: new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32)) };
  }
  return derived.key;
}

/** The token's claims, or null when it is missing, altered, sealed with another secret or expired. */
export async function decodeSessionToken(token: string | undefined, secret: string): Promise<JWTPayload | null> {
  if (!token) return null;
  try {
    return (await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 })).payload;
  } catch {
    return null;
  }
}
