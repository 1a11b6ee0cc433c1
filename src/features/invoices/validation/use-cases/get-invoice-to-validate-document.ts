import type { InvoiceDocumentKind } from "@/generated/prisma/enums.ts";
import { storedDocument, type InvoiceFile } from "@/features/invoices/common/data/stored-invoice-files.ts";
import { requireInvoiceToValidate } from "@/features/invoices/common/data/validation-access.ts";
import { isAddresseeDocument } from "@/features/invoices/common/rules/invoice-documents.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";

/** A document the portal produced for the invoice (Factur-X PDF, XML), for the holder's users only. */
export async function getInvoiceToValidateDocument({ userId, invoiceId, kind }: { userId: string; invoiceId: string; kind: InvoiceDocumentKind }): Promise<InvoiceFile> {
  await requireInvoiceToValidate(db, userId, invoiceId);
  if (!isAddresseeDocument(kind)) throw notFound("Document introuvable.");
  return storedDocument(invoiceId, kind);
}
