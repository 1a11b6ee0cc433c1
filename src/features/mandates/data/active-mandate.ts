import { requireMember } from "@/features/structures/data/access.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";

/** Whether a structure of the user holds an Actif billing mandate (NOT_FOUND when the structure is not theirs). */
export async function hasActiveMandate(userId: string, structureId: string, client: Tx | typeof db = db) {
  await requireMember(client, userId, structureId);
  return (await client.mandate.count({ where: { structureId, status: "ACTIF" } })) > 0;
}
