// « Se déconnecter de tous les appareils ».
import { revokeUserSessions } from "@/server/auth/user-sessions.ts";
import { db } from "@/server/db.ts";

/** Ends every session of the user, this one included. */
export async function signOutEverywhere(input: { userId: string; now?: Date }): Promise<number> {
  return db.$transaction(async (tx) => {
    const count = await revokeUserSessions(tx, [input.userId], { now: input.now });
    await tx.auditLog.create({ data: { actorId: input.userId, action: "SESSIONS_ALL_ENDED", targetType: "User", targetId: input.userId, detail: { count: String(count) } } });
    return count;
  });
}
