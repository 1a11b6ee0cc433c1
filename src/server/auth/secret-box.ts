// Encrypts the secrets the server must read back (a TOTP secret, a TOTP secret being set up) with AES-256-GCM, under a
// key derived (HKDF-SHA-256) from the session key NEXTAUTH_SECRET, so that a deployment needs no second secret and a
// database leak alone reveals no second factor. Each purpose has its own key: a box sealed for one never opens for another.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";
const DEV_SECRET = "secret-de-developpement-du-portail";

function masterSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET manque : les secrets de double authentification ne peuvent pas être chiffrés.");
  return DEV_SECRET;
}

const keys = new Map<string, Buffer>();
/** The server's 256-bit key for one purpose (derived from NEXTAUTH_SECRET): also the API tokens' signing key. */
export function keyFor(purpose: string): Buffer {
  const master = masterSecret();
  const cacheKey = `${purpose}\u0000${master}`;
  let key = keys.get(cacheKey);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", master, "portail-facturation", `secret-box:${purpose}`, 32));
    keys.set(cacheKey, key);
  }
  return key;
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url; the purpose is authenticated too. */
export function seal(purpose: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose), iv);
  cipher.setAAD(Buffer.from(purpose));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The plaintext, or null when the box is malformed, was sealed for another purpose or under another key, or was altered. */
export function open(purpose: string, box: string | null | undefined): string | null {
  const parts = box?.split(".");
  if (!parts || parts.length !== 4 || parts[0] !== VERSION) return null;
  try {
    const [iv, tag, ciphertext] = parts.slice(1).map((part) => Buffer.from(part, "base64url"));
    if (iv.length !== 12 || tag.length !== 16) return null;
    const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose), iv);
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
