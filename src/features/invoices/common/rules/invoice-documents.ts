// The legal documents of a sent invoice as its pages offer them, and the addresses of its files under an invoice's
// page (/factures-emises/<id>, /factures-recues/<id> or /factures-a-valider/<id>): documents/<slug>,
// pieces-jointes/<id>. Pure: no I/O.
import type { InvoiceDocumentKind } from "@/generated/prisma/enums.ts";
import { ORIGINAL_ATTACHMENT_TYPE } from "./deposit-modes.ts";

type DocumentDownload = { kind: InvoiceDocumentKind; slug: string; label: string };

/** The supplier's documents. */
export const DOCUMENT_DOWNLOADS: readonly DocumentDownload[] = [
  { kind: "FACTURX_PDF", slug: "facturx-pdf", label: "Télécharger la facture (PDF Factur-X)" },
  { kind: "CII_XML", slug: "xml", label: "Télécharger le XML (CII)" },
  { kind: "DEPOSIT_RECEIPT_PDF", slug: "accuse-depot", label: "Télécharger l'accusé de dépôt" },
];

/** The documents of those the invoice is sent to (recipient, holder of the contract): the deposit receipt is the supplier's proof, not theirs. */
export const ADDRESSEE_DOCUMENT_DOWNLOADS: readonly DocumentDownload[] = DOCUMENT_DOWNLOADS.filter((d) => d.kind !== "DEPOSIT_RECEIPT_PDF");

/** Whether the recipient or the holder may download this kind of document. */
export const isAddresseeDocument = (kind: InvoiceDocumentKind) => ADDRESSEE_DOCUMENT_DOWNLOADS.some((d) => d.kind === kind);

/** The invoice in its recipient's « Format de réception des factures » (CII, UBL or PDF alone; Factur-X keeps DOCUMENT_DOWNLOADS). */
export const RECEPTION_SLUG = "format-reception";

export const receptionHref = (invoicePath: string) => `${invoicePath}/documents/${RECEPTION_SLUG}`;

/** The PDF shown in the page of the recipient or the holder: the Factur-X PDF, or for a deposited invoice without one, the PDF deposited. */
export const PREVIEW_SLUG = "apercu";

/**
 * What the page of the recipient or the holder shows of an invoice's files: its documents but the deposit receipt; the
 * PDF its viewer shows (the Factur-X PDF, else the PDF deposited, else none: storedPreview reads the same file); and
 * the file deposited, when the invoice came as a file.
 */
export function addresseeFiles<D extends { kind: InvoiceDocumentKind }, A extends { id: string; type: string; mimeType: string }>(invoice: { documents: D[]; attachments: A[] }) {
  const documents = invoice.documents.filter((document) => isAddresseeDocument(document.kind));
  const original = invoice.attachments.find((attachment) => attachment.type === ORIGINAL_ATTACHMENT_TYPE);
  const preview = documents.some((document) => document.kind === "FACTURX_PDF") ? ("FACTURX" as const) : original?.mimeType === "application/pdf" ? ("ORIGINAL" as const) : null;
  return { documents, preview, originalAttachmentId: original?.id ?? null };
}

/** The kind of document a slug names among those offered (the supplier's by default). */
export const documentKindOfSlug = (slug: string, offered = DOCUMENT_DOWNLOADS): InvoiceDocumentKind | undefined => offered.find((d) => d.slug === slug)?.kind;

export const documentHref = (invoicePath: string, kind: InvoiceDocumentKind) => `${invoicePath}/documents/${DOCUMENT_DOWNLOADS.find((d) => d.kind === kind)!.slug}`;

export const previewHref = (invoicePath: string) => `${invoicePath}/documents/${PREVIEW_SLUG}`;

export const attachmentHref = (invoicePath: string, attachmentId: string) => `${invoicePath}/pieces-jointes/${attachmentId}`;
