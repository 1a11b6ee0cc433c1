import { db } from "@/server/db.ts";
import { requireOwnInvoice } from "@/features/invoices/common/index.ts";
import { storedAttachment, type InvoiceFile } from "@/features/invoices/common/index.ts";

/** An attachment of the invoice, for its supplier's users. */
export async function getInvoiceAttachment({ userId, invoiceId, attachmentId }: { userId: string; invoiceId: string; attachmentId: string }): Promise<InvoiceFile> {
  await requireOwnInvoice(db, userId, invoiceId);
  return storedAttachment(invoiceId, attachmentId);
}
