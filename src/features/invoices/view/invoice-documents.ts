// The legal documents of a sent invoice as the invoice page offers them, and their address segment
// (/factures-emises/<id>/documents/<slug>). Pure: no I/O.
import type { InvoiceDocumentKind } from "@/generated/prisma/enums.ts";

export const DOCUMENT_DOWNLOADS: readonly { kind: InvoiceDocumentKind; slug: string; label: string }[] = [
  { kind: "FACTURX_PDF", slug: "facturx-pdf", label: "Télécharger la facture (PDF Factur-X)" },
  { kind: "CII_XML", slug: "xml", label: "Télécharger le XML (CII)" },
  { kind: "DEPOSIT_RECEIPT_PDF", slug: "accuse-depot", label: "Télécharger l'accusé de dépôt" },
];

export const documentKindOfSlug = (slug: string): InvoiceDocumentKind | undefined => DOCUMENT_DOWNLOADS.find((d) => d.slug === slug)?.kind;

export const documentHref = (invoiceId: string, kind: InvoiceDocumentKind) =>
  `/factures-emises/${invoiceId}/documents/${DOCUMENT_DOWNLOADS.find((d) => d.kind === kind)!.slug}`;

export const attachmentHref = (invoiceId: string, attachmentId: string) => `/factures-emises/${invoiceId}/pieces-jointes/${attachmentId}`;
