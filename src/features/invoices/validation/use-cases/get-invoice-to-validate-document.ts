import type { InvoiceDocumentKind } from "@/generated/prisma/enums.ts";
import { type InvoiceFile, isAddresseeDocument, requireInvoiceToValidate, storedDocument } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";

/** A document the portal produced for the invoice (Factur-X PDF, XML), for the holder's users only. */
export async function getInvoiceToValidateDocument({ userId, invoiceId, kind }: { userId: string; invoiceId: string; kind: InvoiceDocumentKind }): Promise<InvoiceFile> {
  await requireInvoiceToValidate(db, userId, invoiceId);
  if (!isAddresseeDocument(kind)) throw notFound("Document introuvable.");
  return storedDocument(invoiceId, kind);
}
