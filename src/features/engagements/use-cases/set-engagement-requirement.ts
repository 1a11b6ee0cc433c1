import { db } from "@/server/db.ts";
import { requireEngagementStructure } from "../data/engagements.ts";

/** « Exiger un engagement existant »: the structure's invoices must quote one of its open engagements of their supplier. */
export async function setEngagementRequirement({ userId, structureId, required }: { userId: string; structureId: string; required: boolean }) {
  return db.$transaction(async (tx) => {
    const structure = await requireEngagementStructure(tx, userId, structureId, "MODIFICATION");
    return tx.structure.update({ where: { id: structure.id }, data: { engagementExistantObligatoire: required }, select: { id: true, engagementExistantObligatoire: true } });
  });
}
