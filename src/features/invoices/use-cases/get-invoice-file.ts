import type { InvoiceDocumentKind } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { requireOwnInvoice } from "../supplier-access.ts";
import { isUuid } from "@/lib/uuid.ts";

export type InvoiceFile = { fileName: string; mimeType: string; content: Uint8Array };

/** A document produced when the invoice was sent (Factur-X PDF, XML, deposit receipt), for its supplier's users. */
export async function getInvoiceDocument(userId: string, invoiceId: string, kind: InvoiceDocumentKind): Promise<InvoiceFile> {
  await requireOwnInvoice(db, userId, invoiceId);
  const document = await db.invoiceDocument.findUnique({ where: { invoiceId_kind: { invoiceId, kind } }, select: { fileName: true, mimeType: true, content: true } });
  if (!document) throw notFound("Document introuvable.");
  return document;
}

/** An attachment of the invoice, for its supplier's users. */
export async function getInvoiceAttachment(userId: string, invoiceId: string, attachmentId: string): Promise<InvoiceFile> {
  await requireOwnInvoice(db, userId, invoiceId);
  const attachment = isUuid(attachmentId)
    ? await db.invoiceAttachment.findFirst({ where: { id: attachmentId, invoiceId }, select: { fileName: true, mimeType: true, content: true } })
    : null;
  if (!attachment) throw notFound("Pièce jointe introuvable.");
  return attachment;
}
