import { db } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { ORIGINAL_ATTACHMENT_TYPE } from "@/features/invoices/common/index.ts";
import { requireDraft } from "@/features/invoices/common/index.ts";
import { lockInvoice } from "@/features/invoices/common/index.ts";

/** Removes an attachment from a draft (a sent invoice keeps its attachments; a deposited file stays with its invoice). */
export async function deleteInvoiceAttachment({ userId, invoiceId, attachmentId }: { userId: string; invoiceId: string; attachmentId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    requireDraft(await lockInvoice(tx, userId, invoiceId));
    const attachment = await tx.invoiceAttachment.findFirst({ where: { id: attachmentId, invoiceId }, select: { type: true } });
    if (!attachment) throw notFound("Pièce jointe introuvable.");
    if (attachment.type === ORIGINAL_ATTACHMENT_TYPE) throw new AppError("CONFLICT", "Le fichier déposé reste joint à sa facture : supprimez la facture si elle ne doit pas être envoyée.");
    await tx.invoiceAttachment.delete({ where: { id: attachmentId } });
  });
}
