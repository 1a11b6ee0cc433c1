import type { InvoiceDocumentKind } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { ORIGINAL_ATTACHMENT_TYPE } from "../../deposit/deposit-schema.ts";
import type { InvoiceFile } from "../../use-cases/get-invoice-file.ts";
import { isAddresseeDocument } from "../../view/invoice-documents.ts";
import { requireInvoiceToValidate } from "../validation-access.ts";
import { isUuid } from "@/lib/uuid.ts";

const PDF = "application/pdf";
const fileSelect = { fileName: true, mimeType: true, content: true } as const;

/** A document the portal produced for the invoice (Factur-X PDF, XML), for the holder's users only. */
export async function getInvoiceToValidateDocument(userId: string, invoiceId: string, kind: InvoiceDocumentKind): Promise<InvoiceFile> {
  await requireInvoiceToValidate(db, userId, invoiceId);
  if (!isAddresseeDocument(kind)) throw notFound("Document introuvable.");
  const document = await db.invoiceDocument.findUnique({ where: { invoiceId_kind: { invoiceId, kind } }, select: fileSelect });
  if (!document) throw notFound("Document introuvable.");
  return document;
}

/** An attachment of the invoice (the deposited file included), for the holder's users only. */
export async function getInvoiceToValidateAttachment(userId: string, invoiceId: string, attachmentId: string): Promise<InvoiceFile> {
  await requireInvoiceToValidate(db, userId, invoiceId);
  const attachment = isUuid(attachmentId) ? await db.invoiceAttachment.findFirst({ where: { id: attachmentId, invoiceId }, select: fileSelect }) : null;
  if (!attachment) throw notFound("Pièce jointe introuvable.");
  return attachment;
}

/** The PDF shown in the page: the Factur-X PDF, or the PDF deposited; NOT_FOUND when there is none (an XML structuré). */
export async function getInvoiceToValidatePreview(userId: string, invoiceId: string): Promise<InvoiceFile> {
  await requireInvoiceToValidate(db, userId, invoiceId);
  const facturX = await db.invoiceDocument.findUnique({ where: { invoiceId_kind: { invoiceId, kind: "FACTURX_PDF" } }, select: fileSelect });
  if (facturX) return facturX;
  const original = await db.invoiceAttachment.findFirst({ where: { invoiceId, type: ORIGINAL_ATTACHMENT_TYPE, mimeType: PDF }, select: fileSelect });
  if (!original) throw notFound("Cette facture n'a pas de PDF à afficher.");
  return original;
}
