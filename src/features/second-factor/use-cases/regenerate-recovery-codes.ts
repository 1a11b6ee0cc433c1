import { db } from "@/server/db.ts";
import { assertRecentSecondFactor, audit, replaceRecoveryCodes } from "../data/enrolment.ts";
import { findOpenSession } from "../data/second-factor-session.ts";

/** Mon compte > "Générer de nouveaux codes de secours": ten new codes, shown once; the old ones stop working. */
export async function regenerateRecoveryCodes(input: { userId: string; sessionId: string; now?: Date }): Promise<string[]> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const session = await findOpenSession(tx, input.userId, input.sessionId);
    assertRecentSecondFactor(session.secondFactorAt, now);
    const codes = await replaceRecoveryCodes(tx, input.userId, now);
    await audit(tx, input.userId, "SECOND_FACTOR_RECOVERY_CODES_REGENERATED");
    return codes;
  });
}
