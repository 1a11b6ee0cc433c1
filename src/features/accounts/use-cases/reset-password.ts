import { hashSecret, verifySecret } from "@/server/auth/passwords.ts";
import { revokeUserSessions } from "@/server/auth/user-sessions.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { isPasswordAcceptable, PASSWORD_POLICY_MESSAGE } from "../password-policy.ts";
import type { ResetPasswordInput } from "../schemas.ts";
import { normaliseSecretAnswer } from "../secret-questions.ts";
import { findUsableToken, invalidateUserTokens, redeemToken } from "../server/user-tokens.ts";

export const INVALID_RESET_LINK = "Ce lien de réinitialisation n'est pas valide : il a expiré, a déjà servi ou a été remplacé par un lien plus récent.";

/**
 * Sets a new password from an e-mailed link, once the secret answer matches. Every reset link of the account
 * stops working, and the login lock of the account is lifted (a locked-out user is exactly who resets).
 */
export async function resetPassword(token: string, input: ResetPasswordInput, now = new Date()): Promise<void> {
  if (!isPasswordAcceptable(input.password)) throw new AppError("VALIDATION", PASSWORD_POLICY_MESSAGE, "password");
  const passwordHash = await hashSecret(input.password);

  await db.$transaction(async (tx) => {
    const row = await findUsableToken(tx, token, "PASSWORD_RESET", now);
    if (!row || row.user.status !== "ACTIF" || !row.user.secretAnswerHash) throw new AppError("INVALID_TOKEN", INVALID_RESET_LINK);
    if (!(await verifySecret(row.user.secretAnswerHash, normaliseSecretAnswer(input.secretAnswer)))) {
      throw new AppError("VALIDATION", "La réponse à la question secrète est incorrecte.", "secretAnswer");
    }
    if (!(await redeemToken(tx, row.id, now))) throw new AppError("INVALID_TOKEN", INVALID_RESET_LINK);
    await invalidateUserTokens(tx, row.userId, "PASSWORD_RESET", now);
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    // Whoever knew the old password is signed out everywhere.
    await revokeUserSessions(tx, [row.userId], { now });
    await tx.loginThrottle.deleteMany({ where: { key: `account:${row.user.loginEmail}` } });
  });
}
