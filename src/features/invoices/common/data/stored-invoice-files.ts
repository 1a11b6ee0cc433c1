// Reading an invoice's stored files once the caller has checked who asks (the supplier's users, the recipient's staff,
// the holder of the contract): the documents the portal produced, the attachments, and the PDF shown in the page.
import type { InvoiceDocumentKind } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { isUuid } from "@/lib/uuid.ts";
import { ORIGINAL_ATTACHMENT_TYPE } from "@/features/invoices/common/rules/deposit-modes.ts";

export type InvoiceFile = { fileName: string; mimeType: string; content: Uint8Array };

const fileSelect = { fileName: true, mimeType: true, content: true } as const;

/** A document produced when the invoice was sent (Factur-X PDF, XML, deposit receipt). */
export async function storedDocument(invoiceId: string, kind: InvoiceDocumentKind): Promise<InvoiceFile> {
  const document = await db.invoiceDocument.findUnique({ where: { invoiceId_kind: { invoiceId, kind } }, select: fileSelect });
  if (!document) throw notFound("Document introuvable.");
  return document;
}

/** An attachment of the invoice (the deposited file included). */
export async function storedAttachment(invoiceId: string, attachmentId: string): Promise<InvoiceFile> {
  const attachment = isUuid(attachmentId) ? await db.invoiceAttachment.findFirst({ where: { id: attachmentId, invoiceId }, select: fileSelect }) : null;
  if (!attachment) throw notFound("Pièce jointe introuvable.");
  return attachment;
}

/**
 * The PDF shown in the invoice's page: the Factur-X PDF the portal produced, or, for a deposited invoice without one,
 * the PDF deposited (a Factur-X "XML mixte"). NOT_FOUND when the invoice has no PDF (an XML structuré).
 */
export async function storedPreview(invoiceId: string): Promise<InvoiceFile> {
  const facturX = await db.invoiceDocument.findUnique({ where: { invoiceId_kind: { invoiceId, kind: "FACTURX_PDF" } }, select: fileSelect });
  if (facturX) return facturX;
  const original = await db.invoiceAttachment.findFirst({ where: { invoiceId, type: ORIGINAL_ATTACHMENT_TYPE, mimeType: "application/pdf" }, select: fileSelect });
  if (!original) throw notFound("Cette facture n'a pas de PDF à afficher.");
  return original;
}
