import { revokeUserSessions } from "@/server/auth/user-sessions.ts";
import { db } from "@/server/db.ts";
import { requireGestionnaire } from "@/features/structures/index.ts";
import { assertMembersChangeAllowed, lockMembers } from "../data/members.ts";

/** "Supprimer les utilisateurs sélectionnés": their rattachements to the structure end (their accounts remain). */
export async function removeUsers({ userId, structureId, rattachementIds }: { userId: string; structureId: string; rattachementIds: string[] }) {
  await db.$transaction(async (tx) => {
    const acting = await requireGestionnaire(tx, userId, structureId);
    const members = await lockMembers(tx, structureId, rattachementIds);
    assertMembersChangeAllowed({ userId, role: acting.role }, members, new Map(rattachementIds.map((id) => [id, null])));
    await tx.rattachement.deleteMany({ where: { structureId, id: { in: rattachementIds } } });
    // The removed users' sessions end at their next request.
    await revokeUserSessions(tx, members.filter((m) => rattachementIds.includes(m.id)).map((m) => m.userId));
  });
}
