import { hashSecret } from "@/server/auth/passwords.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { enforceRateLimits, formLimits, RATE_LIMITS } from "@/server/rate-limit.ts";
import { isPasswordAcceptable, PASSWORD_POLICY_MESSAGE } from "../rules/password-policy.ts";
import type { ActivationInput } from "../schemas.ts";
import { normaliseSecretAnswer } from "../rules/secret-questions.ts";
import { findUsableToken, invalidateUserTokens, redeemToken } from "../data/user-tokens.ts";
import { INVALID_ACTIVATION_LINK } from "../rules/link-messages.ts";

export type ActivateAccountOptions = { token: string; input: ActivationInput; now?: Date; ip?: string | null };

/**
 * "Activation du compte utilisateur": the password and the secret question are set, and the account becomes ACTIF.
 * Cheap checks first (the password rule, the address's rate, the link, the account's rate), argon2 only then.
 * `ip`: the client's address.
 */
export async function activateAccount({ token, input, now = new Date(), ip = null }: ActivateAccountOptions): Promise<void> {
  if (!isPasswordAcceptable(input.password)) throw new AppError("VALIDATION", PASSWORD_POLICY_MESSAGE, "password");
  await enforceRateLimits("activation", formLimits("activation", { ip, limit: RATE_LIMITS.activationPerIp }), now);
  const found = await db.$transaction((tx) => findUsableToken(tx, token, "ACTIVATION", now));
  if (!found || found.user.status !== "EN_COURS_D_ACTIVATION") throw new AppError("INVALID_TOKEN", INVALID_ACTIVATION_LINK);
  await enforceRateLimits("activation", formLimits("activation", { ip: null, limit: RATE_LIMITS.activationPerIp }, { account: found.userId, limit: RATE_LIMITS.activationPerAccount }), now);
  // Hashed before the transaction: argon2 is slow on purpose, and a transaction should not wait for it.
  const [passwordHash, secretAnswerHash] = await Promise.all([hashSecret(input.password), hashSecret(normaliseSecretAnswer(input.secretAnswer))]);

  await db.$transaction(async (tx) => {
    const row = await findUsableToken(tx, token, "ACTIVATION", now);
    if (!row || row.user.status !== "EN_COURS_D_ACTIVATION" || !(await redeemToken(tx, row.id, now))) {
      throw new AppError("INVALID_TOKEN", INVALID_ACTIVATION_LINK);
    }
    await invalidateUserTokens(tx, row.userId, "ACTIVATION", now);
    await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, secretQuestion: input.secretQuestion, secretAnswerHash, status: "ACTIF" },
    });
  });
}
