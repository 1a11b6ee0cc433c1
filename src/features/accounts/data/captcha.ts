// The self-hosted ALTCHA captcha of account creation: a proof of work the browser solves (the <altcha-widget>),
// signed by the server so that it needs no state until it is used, then remembered in used_captchas so that
// a solution is accepted once.
import { createHmac } from "node:crypto";
import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import type { Tx } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { CAPTCHA_MESSAGE } from "../schemas.ts";

const ALGORITHM = "SHA-256";
const VALIDITY_MS = 10 * 60_000;

/** Derived from the session key, so that a deployment needs no second secret; a constant on a developer's machine. */
function hmacSecret(purpose: "challenge" | "key"): string {
  const master = process.env.NEXTAUTH_SECRET;
  if (!master && process.env.NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET manque : le captcha ne peut pas être signé.");
  return createHmac("sha256", master ?? "secret-de-developpement-du-captcha").update(`altcha-${purpose}`).digest("hex");
}

/** How many hashes the browser computes at most: the difficulty (ALTCHA_MAX_NUMBER, 100000 by default). */
function maxNumber(): number {
  const value = Number(process.env.ALTCHA_MAX_NUMBER ?? 100_000);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`ALTCHA_MAX_NUMBER doit être un entier positif (reçu « ${process.env.ALTCHA_MAX_NUMBER} »).`);
  return value;
}

/** A new challenge for GET /api/captcha. */
export function createCaptchaChallenge(now = new Date()): Promise<Challenge> {
  return createChallenge({
    algorithm: ALGORITHM,
    cost: 1,
    // Deterministic mode: the server picks the answer, so the work is known and verification needs no hashing.
    counter: randomInt(maxNumber()),
    deriveKey,
    expiresAt: new Date(now.getTime() + VALIDITY_MS),
    hmacSignatureSecret: hmacSecret("challenge"),
    hmacKeySignatureSecret: hmacSecret("key"),
  });
}

function decodePayload(payload: string): { challenge: Challenge; solution: Solution } | null {
  try {
    const decoded = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
    return decoded?.challenge?.parameters && decoded?.solution && typeof decoded.challenge.signature === "string" ? decoded : null;
  } catch {
    return null;
  }
}

/**
 * Checks the widget's payload (signature, expiry, proof of work) and records it as used, in the caller's
 * transaction; a second use of the same solution is refused. Throws an AppError for the captcha's field.
 */
export async function consumeCaptcha(tx: Tx, payload: string, now = new Date()): Promise<void> {
  const refused = new AppError("CAPTCHA", CAPTCHA_MESSAGE, "altcha");
  const decoded = decodePayload(payload);
  if (!decoded) throw refused;
  const result = await verifySolution({
    challenge: decoded.challenge,
    solution: decoded.solution,
    deriveKey,
    hmacSignatureSecret: hmacSecret("challenge"),
    hmacKeySignatureSecret: hmacSecret("key"),
  }).catch(() => null);
  if (!result?.verified) throw refused;

  await tx.usedCaptcha.deleteMany({ where: { expiresAt: { lt: now } } });
  const expiresAt = new Date((decoded.challenge.parameters.expiresAt ?? 0) * 1000);
  const inserted = await tx.$executeRaw`
    INSERT INTO used_captchas (signature, expires_at) VALUES (${decoded.challenge.signature}, ${expiresAt})
    ON CONFLICT (signature) DO NOTHING`;
  if (inserted === 0) throw refused;
}
