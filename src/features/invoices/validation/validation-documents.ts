// The files of an invoice to validate as its page offers them, and their addresses under /factures-a-valider/<id>/.
// Pure: no I/O.
import type { InvoiceDocumentKind } from "@/generated/prisma/enums.ts";

/** The documents the holder downloads (the deposit receipt is the supplier's proof, not theirs). */
export const VALIDATION_DOCUMENT_DOWNLOADS: readonly { kind: InvoiceDocumentKind; slug: string; label: string }[] = [
  { kind: "FACTURX_PDF", slug: "facturx-pdf", label: "Télécharger la facture (PDF Factur-X)" },
  { kind: "CII_XML", slug: "xml", label: "Télécharger le XML (CII)" },
];

/** The PDF shown in the page: the Factur-X PDF, or for a deposited invoice without one, the PDF deposited. */
export const VALIDATION_PREVIEW_SLUG = "apercu";

export const validationDocumentKindOfSlug = (slug: string): InvoiceDocumentKind | undefined => VALIDATION_DOCUMENT_DOWNLOADS.find((d) => d.slug === slug)?.kind;

const base = (invoiceId: string) => `/factures-a-valider/${invoiceId}`;

export const validationDocumentHref = (invoiceId: string, kind: InvoiceDocumentKind) =>
  `${base(invoiceId)}/documents/${VALIDATION_DOCUMENT_DOWNLOADS.find((d) => d.kind === kind)!.slug}`;

export const validationPreviewHref = (invoiceId: string) => `${base(invoiceId)}/documents/${VALIDATION_PREVIEW_SLUG}`;

export const validationAttachmentHref = (invoiceId: string, attachmentId: string) => `${base(invoiceId)}/pieces-jointes/${attachmentId}`;

/** Whether the holder may download this kind of document. */
export const isHolderDocument = (kind: InvoiceDocumentKind) => VALIDATION_DOCUMENT_DOWNLOADS.some((d) => d.kind === kind);
