import { open } from "@/server/auth/secret-box.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { assertCodeTriesLeft, claimTotpStep, completeSecondFactor, recordWrongCode, REPLAYED_CODE_MESSAGE } from "../data/second-factor-session.ts";
import { TOTP_SECRET_BOX, totpStep } from "../rules/totp.ts";

/**
 * The code of the authenticator app, after the password: right and not used before, it opens the session. A code is
 * accepted once (its time step is recorded); wrong codes count against the session and the account.
 */
export async function verifyTotpCode(input: { userId: string; sessionId: string; code: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  await assertCodeTriesLeft(input.userId, input.sessionId, now);
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { totpSecret: true, totpEnabledAt: true } });
  const secret = user?.totpEnabledAt ? open(TOTP_SECRET_BOX, user.totpSecret) : null;
  if (!secret) throw new AppError("VALIDATION", "Aucune application d'authentification n'est configurée pour ce compte : utilisez un autre moyen.", "code");
  const step = totpStep(secret, input.code, now);
  if (step === null) throw await recordWrongCode(input.userId, input.sessionId, now);
  await db.$transaction(async (tx) => {
    if (!(await claimTotpStep(tx, input.userId, step, now))) throw new AppError("VALIDATION", REPLAYED_CODE_MESSAGE, "code");
    await completeSecondFactor(tx, input.sessionId, now);
  });
}
