import { timingSafeEqual } from "node:crypto";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { assertCodeTriesLeft, completeSecondFactor, findOpenSession, recordWrongCode } from "../data/second-factor-session.ts";
import { normaliseTotpCode } from "../rules/totp.ts";
import { hashEmailCode } from "../rules/email-code.ts";

/** The code received by e-mail: right, unexpired and within the tries, it opens the session (and serves once). */
export async function verifyEmailCode(input: { userId: string; sessionId: string; code: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  await assertCodeTriesLeft(input.userId, input.sessionId, now);
  const session = await findOpenSession(db, input.userId, input.sessionId);
  if (!session.emailCodeHash || !session.emailCodeExpiresAt) throw new AppError("VALIDATION", "Demandez d'abord un code par courriel.", "code");
  if (session.emailCodeExpiresAt.getTime() <= now.getTime()) throw new AppError("VALIDATION", "Ce code a expiré : demandez-en un nouveau.", "code");
  const code = normaliseTotpCode(input.code);
  const right = code !== null && timingSafeEqual(Buffer.from(hashEmailCode(input.sessionId, code)), Buffer.from(session.emailCodeHash));
  if (!right) throw await recordWrongCode(input.userId, input.sessionId, now);
  await db.$transaction(async (tx) => {
    // The code serves once: only the request that still finds it completes the session.
    const { count } = await tx.userSession.updateMany({ where: { id: input.sessionId, emailCodeHash: session.emailCodeHash, revokedAt: null }, data: { emailCodeHash: null } });
    if (count !== 1) throw new AppError("VALIDATION", "Ce code a déjà servi.", "code");
    await completeSecondFactor(tx, input.sessionId, now);
  });
}
