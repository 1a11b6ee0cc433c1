import { db } from "@/server/db.ts";
import { worksCommentSchema, type WorksCommentInput } from "../schemas.ts";
import { requireWorksSide } from "../data/works-access.ts";
import { parseWorksInput } from "../data/works-input.ts";
import { moveWorksDocument, type WorksStatusChanged } from "../data/works-moves.ts";

/**
 * « Recycler » (Factures de travaux): a document the MOA (or the routing) sent back À recycler is deposited again to
 * the same MOA with the amounts admitted so far (Déposée, routed again).
 */
export async function recycleWorksDocument({ userId, invoiceId, input, now = new Date() }: { userId: string; invoiceId: string; input: WorksCommentInput; now?: Date }): Promise<WorksStatusChanged> {
  const { comment } = parseWorksInput(worksCommentSchema, input);
  return db.$transaction(async (tx) => {
    const structureId = await requireWorksSide(tx, userId, invoiceId, "FOURNISSEUR", "recycler ce document de travaux");
    return moveWorksDocument(tx, { invoiceId, action: "RECYCLER", actor: "FOURNISSEUR", userId, structureId, comment, now });
  });
}
