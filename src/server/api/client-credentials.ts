// An application's credentials: a public client id and a 256-bit secret shown once. Only the secret's SHA-256 is
// stored: a secret that long cannot be guessed, so a slow hash would only slow the token endpoint.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { sha256Hex } from "@/lib/sha256.ts";

export type NewCredentials = { clientId: string; clientSecret: string; secretHash: string; secretHint: string };

export const hashClientSecret = (secret: string) => sha256Hex(Buffer.from(secret, "utf8"));

export function newClientSecret(): Pick<NewCredentials, "clientSecret" | "secretHash" | "secretHint"> {
  const clientSecret = `cs_${randomBytes(32).toString("base64url")}`;
  return { clientSecret, secretHash: hashClientSecret(clientSecret), secretHint: clientSecret.slice(-4) };
}

export function newCredentials(): NewCredentials {
  return { clientId: `app_${randomBytes(12).toString("hex")}`, ...newClientSecret() };
}

/** Whether the secret given matches the stored hash, in constant time. */
export function secretMatches(secret: string, secretHash: string): boolean {
  const given = Buffer.from(hashClientSecret(secret), "hex");
  const stored = Buffer.from(secretHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
