import { type InvoiceFile, requireInvoiceToValidate, storedAttachment } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";

/** An attachment of the invoice (the deposited file included), for the holder's users only. */
export async function getInvoiceToValidateAttachment({ userId, invoiceId, attachmentId }: { userId: string; invoiceId: string; attachmentId: string }): Promise<InvoiceFile> {
  await requireInvoiceToValidate(db, userId, invoiceId);
  return storedAttachment(invoiceId, attachmentId);
}
