// « Exporter (CSV) » of Factures reçues, and the index of its ZIP downloads: every column of the list, then the
// amounts, the dates and the current motif, for a French spreadsheet (src/lib/csv.ts: BOM, `;`, CRLF, formulas
// defused), decimal comma, dates JJ/MM/AAAA. Pure.
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { formatDay, INVOICE_STATUS_LABELS, INVOICE_TYPE_LABELS } from "@/features/invoices/common/ui.ts";

/** The most lines one export writes (as the supplier's Rechercher): beyond, the file says it was cut. */
export const RECEIVED_EXPORT_MAX_ROWS = 50_000;

export type ReceivedCsvRow = {
  supplierName: string;
  supplierIdentifier: string;
  type: keyof typeof INVOICE_TYPE_LABELS;
  number: string;
  invoiceDate: Date | null;
  depositDate: Date | null;
  receivedAt: Date | null;
  recipientName: string;
  service: string;
  status: InvoiceStatus;
  statusChangedAt: Date;
  motif: string | null;
  totalNet: string;
  totalVat: string;
  totalGross: string;
  amountDue: string;
  currency: string;
};

export const RECEIVED_CSV_HEADERS = [
  "Fournisseur",
  "Identifiant du fournisseur",
  "Type",
  "Numéro de facture",
  "Date de facture",
  "Date de dépôt",
  "Date de réception",
  "Destinataire",
  "Service",
  "Statut",
  "Date de l'état courant",
  "Motif",
  "Montant HT",
  "Montant TVA",
  "Montant TTC",
  "Net à payer",
  "Devise",
] as const;

/** "1234.50" → "1234,50": the decimal string as it is, with a comma (no float, no thousands separator). */
const frenchDecimal = (value: string) => value.replace(".", ",");

/** One invoice's cells, in the order of RECEIVED_CSV_HEADERS. */
export const receivedCsvCells = (row: ReceivedCsvRow): string[] => [
  row.supplierName,
  row.supplierIdentifier,
  INVOICE_TYPE_LABELS[row.type],
  row.number,
  formatDay(row.invoiceDate),
  formatDay(row.depositDate),
  formatDay(row.receivedAt),
  row.recipientName,
  row.service,
  INVOICE_STATUS_LABELS[row.status],
  formatDay(row.statusChangedAt),
  row.motif ?? "",
  frenchDecimal(row.totalNet),
  frenchDecimal(row.totalVat),
  frenchDecimal(row.totalGross),
  frenchDecimal(row.amountDue),
  row.currency,
];

/** The ZIP's index: the export's columns, then the files of the invoice in the archive. */
export const RECEIVED_ZIP_INDEX_HEADERS = [...RECEIVED_CSV_HEADERS, "Fichier de la facture", "Pièces jointes"] as const;

/** One line of the index: the export's cells, the invoice's file (its path in the ZIP) and its attachments' paths. */
export const receivedZipIndexCells = (row: ReceivedCsvRow, invoiceFile: string | null, attachments: readonly string[]): string[] => [
  ...receivedCsvCells(row),
  invoiceFile ?? "",
  attachments.join(" | "),
];

/** "factures-recues-2026-11-23.csv" (or .zip): the file's name, dated (Paris day). */
export function receivedExportFileName(now: Date, extension: "csv" | "zip"): string {
  const [dd, mm, yyyy] = formatDay(now).split("/");
  return `factures-recues-${yyyy}-${mm}-${dd}.${extension}`;
}
