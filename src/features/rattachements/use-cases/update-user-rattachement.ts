import { db } from "@/server/db.ts";
import { requireGestionnaire, requireServicesOf } from "@/features/structures/index.ts";
import { assertMembersChangeAllowed, lockMembers, requireOpenEspaces } from "../data/members.ts";
import { espaceRightsOf, type UpdateRattachementInput } from "../schemas/users.ts";

/** "Modifier" a user of the structure: role, services (none = all) and espaces. */
export async function updateUserRattachement({ userId, structureId, rattachementId, input }: { userId: string; structureId: string; rattachementId: string; input: UpdateRattachementInput }) {
  await db.$transaction(async (tx) => {
    const acting = await requireGestionnaire(tx, userId, structureId);
    const members = await lockMembers(tx, structureId, [rattachementId]);
    const current = members.find((m) => m.id === rattachementId)!;
    assertMembersChangeAllowed({ userId, role: acting.role }, members, new Map([[rattachementId, { role: input.role, status: current.status }]]));
    await requireServicesOf(tx, structureId, input.serviceIds);
    const espaces = espaceRightsOf(input);
    await requireOpenEspaces(tx, structureId, espaces.map((e) => e.espace));
    await tx.rattachement.update({
      where: { id: rattachementId },
      data: {
        role: input.role,
        services: { deleteMany: {}, create: [...new Set(input.serviceIds)].map((serviceId) => ({ serviceId })) },
        espaces: { deleteMany: {}, create: espaces },
      },
    });
  });
}
