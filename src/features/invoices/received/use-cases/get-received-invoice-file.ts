import type { InvoiceDocumentKind } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { storedAttachment, storedDocument, storedPreview, type InvoiceFile } from "@/features/invoices/common/data/stored-invoice-files.ts";
import { isAddresseeDocument } from "@/features/invoices/common/rules/invoice-documents.ts";
import { requireReceivedInvoice } from "@/features/invoices/common/data/received-access.ts";

/** A document the portal produced for the invoice (Factur-X PDF, XML), for the recipient's staff only. */
export async function getReceivedInvoiceDocument(userId: string, invoiceId: string, kind: InvoiceDocumentKind): Promise<InvoiceFile> {
  await requireReceivedInvoice(db, userId, invoiceId);
  if (!isAddresseeDocument(kind)) throw notFound("Document introuvable.");
  return storedDocument(invoiceId, kind);
}

/** An attachment of the invoice (the deposited file included), for the recipient's staff only. */
export async function getReceivedInvoiceAttachment(userId: string, invoiceId: string, attachmentId: string): Promise<InvoiceFile> {
  await requireReceivedInvoice(db, userId, invoiceId);
  return storedAttachment(invoiceId, attachmentId);
}

/** The PDF shown in the invoice's page (Factur-X, or the PDF deposited), for the recipient's staff only. */
export async function getReceivedInvoicePreview(userId: string, invoiceId: string): Promise<InvoiceFile> {
  await requireReceivedInvoice(db, userId, invoiceId);
  return storedPreview(invoiceId);
}
