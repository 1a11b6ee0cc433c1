import { type InvoiceFile, requireReceivedInvoice, storedAttachment } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";

/** An attachment of the invoice (the deposited file included), for the recipient's staff only. */
export async function getReceivedInvoiceAttachment({ userId, invoiceId, attachmentId }: { userId: string; invoiceId: string; attachmentId: string }): Promise<InvoiceFile> {
  await requireReceivedInvoice(db, userId, invoiceId);
  return storedAttachment(invoiceId, attachmentId);
}
