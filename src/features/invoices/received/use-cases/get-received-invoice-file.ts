import { type InvoiceFile, receptionFile, requireReceivedInvoice } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";

/**
 * The received invoice in its structure's « Format de réception des factures » (Factur-X, CII, UBL or the PDF alone),
 * for the recipient's staff only: the file deposited as it came when it is in that syntax, else written from the invoice.
 */
export async function getReceivedInvoiceFile({ userId, invoiceId }: { userId: string; invoiceId: string }): Promise<InvoiceFile> {
  await requireReceivedInvoice(db, userId, invoiceId);
  const file = await receptionFile(invoiceId);
  if (!file) throw notFound("Document introuvable.");
  return file;
}
