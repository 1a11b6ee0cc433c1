import { revokeUserSessions } from "@/server/auth/user-sessions.ts";
import { db } from "@/server/db.ts";
import { requireGestionnaire } from "@/features/structures/index.ts";
import { assertMembersChangeAllowed, lockMembers } from "../data/members.ts";

/** "Désactiver des utilisateurs" / "Réactiver des utilisateurs" (which dates the reactivation). */
export async function setUsersActive({ userId, structureId, rattachementIds, active }: { userId: string; structureId: string; rattachementIds: string[]; active: boolean }) {
  await db.$transaction(async (tx) => {
    const acting = await requireGestionnaire(tx, userId, structureId);
    const members = await lockMembers(tx, structureId, rattachementIds);
    const status = active ? "ACTIF" : "DESACTIVE";
    const selected = members.filter((m) => rattachementIds.includes(m.id));
    assertMembersChangeAllowed({ userId, role: acting.role }, members, new Map(selected.map((m) => [m.id, { role: m.role, status }])));
    const changing = selected.filter((m) => m.status !== status).map((m) => m.id);
    await tx.rattachement.updateMany({ where: { id: { in: changing } }, data: active ? { status, reactivatedAt: new Date() } : { status } });
    // A deactivated user's sessions end at their next request.
    if (!active) await revokeUserSessions(tx, selected.filter((m) => changing.includes(m.id)).map((m) => m.userId));
  });
}
