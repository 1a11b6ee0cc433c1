import { db } from "@/server/db.ts";
import { worksMotifSchema, type WorksMotifInput } from "../schemas.ts";
import { requireWorksSide } from "../data/works-access.ts";
import { parseWorksInput } from "../data/works-input.ts";
import { moveWorksDocument, type WorksStatusChanged } from "../data/works-moves.ts";

/**
 * « Refuser »: the maîtrise d'œuvre refuses the document with a motif (REFUSEE_MOE, final: the circuit stops, the
 * supplier is told why and deposits a new statement, which no longer counts this one in the marché's cumul).
 */
export async function refuseWorksDocument({ userId, invoiceId, input, now = new Date() }: { userId: string; invoiceId: string; input: WorksMotifInput; now?: Date }): Promise<WorksStatusChanged> {
  const { motif, comment } = parseWorksInput(worksMotifSchema, input);
  return db.$transaction(async (tx) => {
    const structureId = await requireWorksSide(tx, userId, invoiceId, "MOE", "traiter ce document de travaux");
    const changed = await moveWorksDocument(tx, { invoiceId, action: "REFUSER_MOE", actor: "MOE", userId, structureId, motif, comment, now });
    await tx.worksDocument.update({ where: { invoiceId }, data: { moeDecidedAt: now, moeDecidedById: userId } });
    return changed;
  });
}
