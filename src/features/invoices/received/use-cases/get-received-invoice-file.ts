import type { InvoiceDocumentKind } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { ORIGINAL_ATTACHMENT_TYPE } from "../../deposit/deposit-schema.ts";
import type { InvoiceFile } from "../../use-cases/get-invoice-file.ts";
import { isAddresseeDocument } from "../../view/invoice-documents.ts";
import { requireReceivedInvoice } from "../received-access.ts";
import { isUuid } from "@/lib/uuid.ts";

const PDF = "application/pdf";

/** A document the portal produced for the invoice (Factur-X PDF, XML), for the recipient's staff only. */
export async function getReceivedInvoiceDocument(userId: string, invoiceId: string, kind: InvoiceDocumentKind): Promise<InvoiceFile> {
  await requireReceivedInvoice(db, userId, invoiceId);
  if (!isAddresseeDocument(kind)) throw notFound("Document introuvable.");
  const document = await db.invoiceDocument.findUnique({ where: { invoiceId_kind: { invoiceId, kind } }, select: { fileName: true, mimeType: true, content: true } });
  if (!document) throw notFound("Document introuvable.");
  return document;
}

/** An attachment of the invoice (the deposited file included), for the recipient's staff only. */
export async function getReceivedInvoiceAttachment(userId: string, invoiceId: string, attachmentId: string): Promise<InvoiceFile> {
  await requireReceivedInvoice(db, userId, invoiceId);
  const attachment = isUuid(attachmentId)
    ? await db.invoiceAttachment.findFirst({ where: { id: attachmentId, invoiceId }, select: { fileName: true, mimeType: true, content: true } })
    : null;
  if (!attachment) throw notFound("Pièce jointe introuvable.");
  return attachment;
}

/**
 * The PDF shown in the invoice's page: the Factur-X PDF the portal produced, or, for a deposited invoice without one,
 * the PDF deposited (a Factur-X "XML mixte"). NOT_FOUND when the invoice has no PDF (an XML structuré).
 */
export async function getReceivedInvoicePreview(userId: string, invoiceId: string): Promise<InvoiceFile> {
  await requireReceivedInvoice(db, userId, invoiceId);
  const facturX = await db.invoiceDocument.findUnique({ where: { invoiceId_kind: { invoiceId, kind: "FACTURX_PDF" } }, select: { fileName: true, mimeType: true, content: true } });
  if (facturX) return facturX;
  const original = await db.invoiceAttachment.findFirst({
    where: { invoiceId, type: ORIGINAL_ATTACHMENT_TYPE, mimeType: PDF },
    select: { fileName: true, mimeType: true, content: true },
  });
  if (!original) throw notFound("Cette facture n'a pas de PDF à afficher.");
  return original;
}
