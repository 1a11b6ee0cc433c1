import { db } from "@/server/db.ts";
import { assertCodeTriesLeft, completeSecondFactor, recordWrongCode } from "../data/second-factor-session.ts";
import { hashRecoveryCode } from "../rules/recovery-codes.ts";

/** A recovery code in place of the app or key: each serves once; returns how many are left. */
export async function verifyRecoveryCode(input: { userId: string; sessionId: string; code: string; now?: Date }): Promise<{ left: number }> {
  const now = input.now ?? new Date();
  await assertCodeTriesLeft(input.userId, input.sessionId, now);
  const left = await db.$transaction(async (tx) => {
    const { count } = await tx.recoveryCode.updateMany({ where: { userId: input.userId, codeHash: hashRecoveryCode(input.code), usedAt: null }, data: { usedAt: now } });
    if (count === 0) return null;
    await completeSecondFactor(tx, input.sessionId, now);
    await tx.auditLog.create({ data: { actorId: input.userId, action: "SECOND_FACTOR_RECOVERY_CODE_USED", targetType: "User", targetId: input.userId } });
    return tx.recoveryCode.count({ where: { userId: input.userId, usedAt: null } });
  });
  if (left === null) throw await recordWrongCode(input.userId, input.sessionId, now, "Ce code de secours est incorrect ou a déjà servi.");
  return { left };
}
