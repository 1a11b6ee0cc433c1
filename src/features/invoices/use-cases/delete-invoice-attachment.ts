import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { requireDraft } from "../supplier-access.ts";
import { lockInvoice } from "./save-invoice-draft.ts";

/** Removes an attachment from a draft (a sent invoice keeps its attachments). */
export async function deleteInvoiceAttachment(userId: string, invoiceId: string, attachmentId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    requireDraft(await lockInvoice(tx, userId, invoiceId));
    const { count } = await tx.invoiceAttachment.deleteMany({ where: { id: attachmentId, invoiceId } });
    if (count === 0) throw notFound("Pièce jointe introuvable.");
  });
}
