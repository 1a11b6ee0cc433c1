import { db } from "@/server/db.ts";
import { moeDeadlineFrom } from "../rules/moe-deadline.ts";
import { worksCommentSchema, type WorksCommentInput } from "../schemas.ts";
import { requireWorksSide } from "../data/works-access.ts";
import { parseWorksInput } from "../data/works-input.ts";
import { lockWorksDocument, moveWorksDocument, type WorksStatusChanged } from "../data/works-moves.ts";
import { notifyMoeWaiting } from "../data/works-notifications.ts";

/**
 * « Compléter » (Factures de travaux): the supplier completes the document as asked — by the MOE (À compléter: back
 * to the MOE, with a new 7-day deadline) or by the MOA that suspended it (Suspendue: Complétée, back to the MOA).
 * The status machine refuses any other status (CONFLICT).
 */
export async function completeWorksDocument({ userId, invoiceId, input, now = new Date() }: { userId: string; invoiceId: string; input: WorksCommentInput; now?: Date }): Promise<WorksStatusChanged> {
  const { comment } = parseWorksInput(worksCommentSchema, input);
  return db.$transaction(async (tx) => {
    const structureId = await requireWorksSide(tx, userId, invoiceId, "FOURNISSEUR", "compléter ce document de travaux");
    const status = await lockWorksDocument(tx, invoiceId);
    const forMoe = status === "A_COMPLETER";
    const changed = await moveWorksDocument(tx, { invoiceId, action: forMoe ? "COMPLETER_TRAVAUX" : "COMPLETER", actor: "FOURNISSEUR", userId, structureId, comment, now });
    if (forMoe) {
      await tx.worksDocument.update({ where: { invoiceId }, data: { moeDeadline: moeDeadlineFrom(now) } });
      await notifyMoeWaiting(tx, invoiceId, "COMPLETE");
    }
    return changed;
  });
}
