import { type InvoiceFile, requireReceivedInvoice, storedPreview } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";

/** The PDF shown in the invoice's page (Factur-X, or the PDF deposited), for the recipient's staff only. */
export async function getReceivedInvoicePreview({ userId, invoiceId }: { userId: string; invoiceId: string }): Promise<InvoiceFile> {
  await requireReceivedInvoice(db, userId, invoiceId);
  return storedPreview(invoiceId);
}
