// What every way of giving the second factor shares: the session it completes, the tries it may make, the codes already
// used. Wrong codes are counted per session (MAX_SESSION_CODE_FAILURES ends it: the password is asked again, and that
// step has its own limits) and per account (ACCOUNT_CODE_FAILURES within ACCOUNT_LOCK_MINUTES stop every try on the
// account for that long), so that six digits cannot be guessed by trying.
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";

export const MAX_SESSION_CODE_FAILURES = 5;
export const ACCOUNT_CODE_FAILURES = 10;
export const ACCOUNT_LOCK_MINUTES = 15;

const accountKey = (userId: string) => `second-factor:${userId}`;

export const SESSION_CLOSED_MESSAGE = "Trop de codes incorrects : cette connexion est fermée. Reconnectez-vous avec votre mot de passe.";
export const ACCOUNT_LOCKED_MESSAGE = `Trop de codes incorrects pour ce compte : réessayez dans ${ACCOUNT_LOCK_MINUTES} minutes.`;

/** The session's row, when it is this user's and not ended. */
export async function findOpenSession(tx: Tx | typeof db, userId: string, sessionId: string) {
  const row = await tx.userSession.findFirst({ where: { id: sessionId, userId, revokedAt: null } });
  if (!row) throw new AppError("UNAUTHENTICATED", "Votre session a expiré : reconnectez-vous.");
  return row;
}

/** Refuses any try while the account is locked by wrong codes, or once the session has used up its tries. */
export async function assertCodeTriesLeft(userId: string, sessionId: string, now: Date): Promise<void> {
  const session = await findOpenSession(db, userId, sessionId);
  if (session.codeFailures >= MAX_SESSION_CODE_FAILURES) throw new AppError("RATE_LIMITED", SESSION_CLOSED_MESSAGE);
  const since = new Date(now.getTime() - ACCOUNT_LOCK_MINUTES * 60_000);
  const account = await db.loginThrottle.findUnique({ where: { key: accountKey(userId) } });
  if (account && account.windowStart > since && account.failures >= ACCOUNT_CODE_FAILURES) throw new AppError("RATE_LIMITED", ACCOUNT_LOCKED_MESSAGE);
}

/** Counts a wrong code against the session and the account, and says what is left (an AppError to throw). */
export async function recordWrongCode(userId: string, sessionId: string, now: Date, message = "Ce code est incorrect."): Promise<AppError> {
  const since = new Date(now.getTime() - ACCOUNT_LOCK_MINUTES * 60_000);
  const [[session], [account]] = await db.$transaction([
    db.$queryRaw<{ code_failures: number }[]>`
      UPDATE user_sessions SET code_failures = code_failures + 1,
        revoked_at = CASE WHEN code_failures + 1 >= ${MAX_SESSION_CODE_FAILURES} THEN ${now} ELSE revoked_at END
      WHERE id = ${sessionId}::uuid AND user_id = ${userId}::uuid RETURNING code_failures`,
    db.$queryRaw<{ failures: number }[]>`
      INSERT INTO login_throttles (key, failures, window_start) VALUES (${accountKey(userId)}, 1, ${now})
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN login_throttles.window_start <= ${since} THEN 1 ELSE login_throttles.failures + 1 END,
        window_start = CASE WHEN login_throttles.window_start <= ${since} THEN ${now} ELSE login_throttles.window_start END
      RETURNING failures`,
  ]);
  if (!session || session.code_failures >= MAX_SESSION_CODE_FAILURES) return new AppError("RATE_LIMITED", SESSION_CLOSED_MESSAGE);
  if (account.failures >= ACCOUNT_CODE_FAILURES) return new AppError("RATE_LIMITED", ACCOUNT_LOCKED_MESSAGE);
  const left = MAX_SESSION_CODE_FAILURES - session.code_failures;
  return new AppError("VALIDATION", `${message} Il vous reste ${left} essai${left > 1 ? "s" : ""}.`, "code");
}

/** The session has given its second factor: the portal opens to it. */
export async function completeSecondFactor(tx: Tx, sessionId: string, now: Date): Promise<void> {
  await tx.userSession.update({
    where: { id: sessionId },
    data: { secondFactorAt: now, codeFailures: 0, emailCodeHash: null, emailCodeExpiresAt: null, webAuthnChallenge: null },
  });
}

/**
 * Records that this user's TOTP code of this time step has served; false when it already had (a replay). Kept with the
 * other single-use values (used_captchas), until the step can no longer be accepted.
 */
export async function claimTotpStep(tx: Tx, userId: string, step: number, now: Date): Promise<boolean> {
  await tx.usedCaptcha.deleteMany({ where: { signature: { startsWith: `totp:${userId}:` }, expiresAt: { lt: now } } });
  const inserted = await tx.$executeRaw`
    INSERT INTO used_captchas (signature, expires_at) VALUES (${`totp:${userId}:${step}`}, ${new Date(now.getTime() + 3 * 60_000)})
    ON CONFLICT (signature) DO NOTHING`;
  return inserted === 1;
}

export const REPLAYED_CODE_MESSAGE = "Ce code a déjà servi : attendez le code suivant de votre application.";
