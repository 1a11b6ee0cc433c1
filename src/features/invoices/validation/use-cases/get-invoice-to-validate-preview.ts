import { type InvoiceFile, requireInvoiceToValidate, storedPreview } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";

/** The PDF shown in the page (Factur-X, or the PDF deposited), for the holder's users only. */
export async function getInvoiceToValidatePreview({ userId, invoiceId }: { userId: string; invoiceId: string }): Promise<InvoiceFile> {
  await requireInvoiceToValidate(db, userId, invoiceId);
  return storedPreview(invoiceId);
}
