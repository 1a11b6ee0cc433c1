// The authenticator-app codes (TOTP, RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), through the otpauth library.
// Pure: no I/O. Replay (the same code used twice) is refused by the use case, which records the step of each code used.
import { Secret, TOTP } from "otpauth";

export const TOTP_PERIOD_SECONDS = 30;
/** The purpose the stored secret is sealed for (src/server/auth/secret-box.ts). */
export const TOTP_SECRET_BOX = "totp";
/** The purpose a secret being set up is sealed for, as it travels with the form, and how long it may. */
export const TOTP_SETUP_BOX = "totp-setup";
export const TOTP_SETUP_MINUTES = 15;
/** A code of the step before or after the current one is accepted too (clocks drift; typing takes time). */
const WINDOW = 1;
const ISSUER = "Portail de facturation";

/** A new random secret (160 bits, as RFC 4226 recommends), base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = "") {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountEmail: string): string {
  return totp(secret, accountEmail).toString();
}

/** The code of a moment (for the tests and the demo's helpers). */
export function totpCode(secret: string, at: Date = new Date()): string {
  return totp(secret).generate({ timestamp: at.getTime() });
}

/** Six digits, spaces allowed between them ("123 456"). */
export function normaliseTotpCode(code: string): string | null {
  const digits = code.replace(/\s/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** The time step the code belongs to when it is right (within the window), else null. */
export function totpStep(secret: string, code: string, at: Date = new Date()): number | null {
  const token = normaliseTotpCode(code);
  if (!token) return null;
  const delta = totp(secret).validate({ token, timestamp: at.getTime(), window: WINDOW });
  if (delta === null) return null;
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS) + delta;
}
