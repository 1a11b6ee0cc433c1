// The session cookie's token, read as next-auth reads it (next-auth/jwt decode: A256GCM, "dir", with a key derived by
// HKDF-SHA-256 from NEXTAUTH_SECRET, 15 s of clock tolerance on its expiry), but with the key derived once per process:
// next-auth derives it again at every call, on every page (decision 0025).
import { hkdfSync } from "node:crypto";
import { jwtDecrypt, type JWTPayload } from "jose";

let derived: { secret: string; key: Promise<CryptoKey> } | undefined;

/**
 * next-auth's encryption key for its tokens (jwt/index.js getDerivedEncryptionKey, empty salt), imported once as a
 * CryptoKey: given the raw bytes, jose imports them again for every token it opens.
 */
function encryptionKey(secret: string): Promise<CryptoKey> {
  if (derived?.secret !== secret) {
    const raw = new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    derived = { secret, key: crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["decrypt"]) };
  }
  return derived.key;
}

/** The token's claims, or null when it is missing, altered, sealed with another secret or expired. */
export async function decodeSessionToken(token: string | undefined, secret: string): Promise<JWTPayload | null> {
  if (!token) return null;
  try {
    return (await jwtDecrypt(token, await encryptionKey(secret), { clockTolerance: 15 })).payload;
  } catch {
    return null;
  }
}
