import { hashSecret, verifySecret } from "@/server/auth/passwords.ts";
import { revokeUserSessions } from "@/server/auth/user-sessions.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { enforceRateLimits, formLimits, RATE_LIMITS } from "@/server/rate-limit.ts";
import { isPasswordAcceptable, PASSWORD_POLICY_MESSAGE } from "../rules/password-policy.ts";
import type { ResetPasswordInput } from "../schemas.ts";
import { normaliseSecretAnswer } from "../rules/secret-questions.ts";
import { clearAccountLoginFailures } from "../data/login-throttles.ts";
import { findUsableToken, invalidateUserTokens, redeemToken } from "../data/user-tokens.ts";
import { INVALID_RESET_LINK } from "../rules/link-messages.ts";

export type ResetPasswordOptions = { token: string; input: ResetPasswordInput; now?: Date; ip?: string | null };

/**
 * Sets a new password from an e-mailed link, once the secret answer matches. Every reset link of the account
 * stops working, and the login slow-downs of the account are lifted (a locked-out user is exactly who resets).
 * Cheap checks first, argon2 last: the password rule, the address's rate, the link, the account's rate (each
 * answer to the secret question counts), then the secret answer and the new hash. `ip`: the client's address.
 */
export async function resetPassword({ token, input, now = new Date(), ip = null }: ResetPasswordOptions): Promise<void> {
  if (!isPasswordAcceptable(input.password)) throw new AppError("VALIDATION", PASSWORD_POLICY_MESSAGE, "password");
  await enforceRateLimits("reset", formLimits("reset", { ip, limit: RATE_LIMITS.resetPerIp }), now);
  const found = await db.$transaction((tx) => findUsableToken(tx, token, "PASSWORD_RESET", now));
  if (!found || found.user.status !== "ACTIF" || !found.user.secretAnswerHash) throw new AppError("INVALID_TOKEN", INVALID_RESET_LINK);
  await enforceRateLimits("reset", formLimits("reset", { ip: null, limit: RATE_LIMITS.resetPerIp }, { account: found.userId, limit: RATE_LIMITS.resetPerAccount }), now);
  if (!(await verifySecret(found.user.secretAnswerHash, normaliseSecretAnswer(input.secretAnswer)))) {
    throw new AppError("VALIDATION", "La réponse à la question secrète est incorrecte.", "secretAnswer");
  }
  const passwordHash = await hashSecret(input.password);

  await db.$transaction(async (tx) => {
    const row = await findUsableToken(tx, token, "PASSWORD_RESET", now);
    if (!row || row.userId !== found.userId || !(await redeemToken(tx, row.id, now))) throw new AppError("INVALID_TOKEN", INVALID_RESET_LINK);
    await invalidateUserTokens(tx, row.userId, "PASSWORD_RESET", now);
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    // Whoever knew the old password is signed out everywhere.
    await revokeUserSessions(tx, [row.userId], { now });
    await clearAccountLoginFailures(tx, row.user.loginEmail);
  });
}
