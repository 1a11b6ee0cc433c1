import { hashSecret, verifySecret } from "@/server/auth/passwords.ts";
import { revokeUserSessions } from "@/server/auth/user-sessions.ts";
import { db } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { isPasswordAcceptable, PASSWORD_POLICY_MESSAGE } from "../rules/password-policy.ts";
import type { ChangePasswordInput } from "../schemas.ts";
import { invalidateUserTokens } from "../data/user-tokens.ts";

export type ChangePasswordOptions = { userId: string; input: ChangePasswordInput; now?: Date; currentSessionId?: string };

/**
 * "Modifier mon mot de passe": the user proves the current one, then sets a new one; pending reset links stop working,
 * and every other session of the account ends (`currentSessionId`, the one that asked, goes on; without it, all end).
 */
export async function changePassword({ userId, input, now = new Date(), currentSessionId }: ChangePasswordOptions): Promise<void> {
  if (!isPasswordAcceptable(input.password)) throw new AppError("VALIDATION", PASSWORD_POLICY_MESSAGE, "password");
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true, status: true } });
  if (!user || user.status !== "ACTIF" || !user.passwordHash) throw notFound("Compte introuvable.");
  if (!(await verifySecret(user.passwordHash, input.currentPassword))) {
    throw new AppError("VALIDATION", "Le mot de passe actuel est incorrect.", "currentPassword");
  }
  const passwordHash = await hashSecret(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await invalidateUserTokens(tx, userId, "PASSWORD_RESET", now);
    await revokeUserSessions(tx, [userId], { exceptSessionId: currentSessionId, now });
  });
}
