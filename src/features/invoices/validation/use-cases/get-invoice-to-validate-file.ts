import type { InvoiceDocumentKind } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { storedAttachment, storedDocument, storedPreview, type InvoiceFile } from "@/features/invoices/common/data/stored-invoice-files.ts";
import { isAddresseeDocument } from "@/features/invoices/common/rules/invoice-documents.ts";
import { requireInvoiceToValidate } from "@/features/invoices/common/data/validation-access.ts";

/** A document the portal produced for the invoice (Factur-X PDF, XML), for the holder's users only. */
export async function getInvoiceToValidateDocument(userId: string, invoiceId: string, kind: InvoiceDocumentKind): Promise<InvoiceFile> {
  await requireInvoiceToValidate(db, userId, invoiceId);
  if (!isAddresseeDocument(kind)) throw notFound("Document introuvable.");
  return storedDocument(invoiceId, kind);
}

/** An attachment of the invoice (the deposited file included), for the holder's users only. */
export async function getInvoiceToValidateAttachment(userId: string, invoiceId: string, attachmentId: string): Promise<InvoiceFile> {
  await requireInvoiceToValidate(db, userId, invoiceId);
  return storedAttachment(invoiceId, attachmentId);
}

/** The PDF shown in the page (Factur-X, or the PDF deposited), for the holder's users only. */
export async function getInvoiceToValidatePreview(userId: string, invoiceId: string): Promise<InvoiceFile> {
  await requireInvoiceToValidate(db, userId, invoiceId);
  return storedPreview(invoiceId);
}
