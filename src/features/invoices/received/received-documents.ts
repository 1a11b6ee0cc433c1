// The files of a received invoice as its page offers them, and their addresses under /factures-recues/<id>/. Pure.
import type { InvoiceDocumentKind } from "@/generated/prisma/enums.ts";

/** The documents the recipient downloads (the deposit receipt is the supplier's proof, not theirs). */
export const RECEIVED_DOCUMENT_DOWNLOADS: readonly { kind: InvoiceDocumentKind; slug: string; label: string }[] = [
  { kind: "FACTURX_PDF", slug: "facturx-pdf", label: "Télécharger la facture (PDF Factur-X)" },
  { kind: "CII_XML", slug: "xml", label: "Télécharger le XML (CII)" },
];

/** The PDF shown in the page: the Factur-X PDF, or for a deposited invoice without one, the PDF deposited. */
export const PREVIEW_SLUG = "apercu";

export const receivedDocumentKindOfSlug = (slug: string): InvoiceDocumentKind | undefined => RECEIVED_DOCUMENT_DOWNLOADS.find((d) => d.slug === slug)?.kind;

export const receivedDocumentHref = (invoiceId: string, kind: InvoiceDocumentKind) =>
  `/factures-recues/${invoiceId}/documents/${RECEIVED_DOCUMENT_DOWNLOADS.find((d) => d.kind === kind)!.slug}`;

export const receivedPreviewHref = (invoiceId: string) => `/factures-recues/${invoiceId}/documents/${PREVIEW_SLUG}`;

export const receivedAttachmentHref = (invoiceId: string, attachmentId: string) => `/factures-recues/${invoiceId}/pieces-jointes/${attachmentId}`;
