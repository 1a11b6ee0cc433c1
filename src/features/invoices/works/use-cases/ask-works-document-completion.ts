import { db } from "@/server/db.ts";
import { worksMotifSchema, type WorksMotifInput } from "../schemas.ts";
import { requireWorksSide } from "../data/works-access.ts";
import { parseWorksInput } from "../data/works-input.ts";
import { moveWorksDocument, type WorksStatusChanged } from "../data/works-moves.ts";

/**
 * « Demander de compléter »: the maîtrise d'œuvre asks the supplier to complete the document, saying what is missing
 * (A_COMPLETER); its deadline stops until the supplier completes it, then starts again for 7 days.
 */
export async function askWorksDocumentCompletion({ userId, invoiceId, input, now = new Date() }: { userId: string; invoiceId: string; input: WorksMotifInput; now?: Date }): Promise<WorksStatusChanged> {
  const { motif, comment } = parseWorksInput(worksMotifSchema, input);
  return db.$transaction(async (tx) => {
    const structureId = await requireWorksSide(tx, userId, invoiceId, "MOE", "traiter ce document de travaux");
    const changed = await moveWorksDocument(tx, { invoiceId, action: "DEMANDER_COMPLEMENT", actor: "MOE", userId, structureId, motif, comment, now });
    await tx.worksDocument.update({ where: { invoiceId }, data: { moeDeadline: null } });
    return changed;
  });
}
