import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import type { EngagementInput } from "../schemas.ts";
import { duplicateNumber, engagementData, existingNumbers, requireEngagementStructure } from "../data/engagements.ts";

/** « Créer un engagement »: an agent with the modification right on the espace Engagements of the structure. */
export async function createEngagement({ userId, structureId, input }: { userId: string; structureId: string; input: EngagementInput }) {
  return db.$transaction(async (tx) => {
    const structure = await requireEngagementStructure(tx, userId, structureId, "MODIFICATION");
    const row = engagementData(structure, input, userId);
    if ("field" in row) throw new AppError("VALIDATION", row.message, row.field);
    if ((await existingNumbers(tx, structure.id, [input.number])).size > 0) throw duplicateNumber(input.number);
    return tx.engagement.create({ data: row.data, select: { id: true, number: true } });
  });
}
