// « Exporter (CSV) » of Rechercher, for a French spreadsheet: the portal's one CSV writing (src/lib/csv.ts: BOM, `;`,
// CRLF, formulas defused), decimal comma, dates JJ/MM/AAAA. Pure.
import { csvDocument } from "@/lib/csv.ts";
import { formatDay, INVOICE_STATUS_LABELS, INVOICE_TYPE_LABELS } from "@/features/invoices/common/ui.ts";
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";

export type InvoiceCsvRow = {
  depositDate: Date | null;
  recipientName: string;
  recipientIdentifier: string;
  type: keyof typeof INVOICE_TYPE_LABELS;
  number: string;
  status: InvoiceStatus;
  statusChangedAt: Date;
  totalGross: string;
  currency: string;
  cadre: string;
  supplierName: string;
};

export const INVOICE_CSV_HEADERS = [
  "Date de dépôt",
  "Destinataire",
  "Identifiant du destinataire",
  "Type",
  "Numéro",
  "Etat courant",
  "Date de l'état courant",
  "Montant TTC",
  "Devise",
  "Cadre de facturation",
  "Fournisseur",
] as const;

/** "1234.50" → "1234,50": the decimal string as it is, with a comma (no float, no thousands separator). */
const frenchDecimal = (value: string) => value.replace(".", ",");

/** One invoice's cells, in the order of INVOICE_CSV_HEADERS. */
export const invoiceCsvCells = (row: InvoiceCsvRow): string[] => [
  formatDay(row.depositDate),
  row.recipientName,
  row.recipientIdentifier,
  INVOICE_TYPE_LABELS[row.type],
  row.number,
  INVOICE_STATUS_LABELS[row.status],
  formatDay(row.statusChangedAt),
  frenchDecimal(row.totalGross),
  row.currency,
  row.cadre,
  row.supplierName,
];

/** A whole small file in memory (the route streams instead): BOM, header line, one line per invoice. */
export function invoicesCsv(rows: readonly InvoiceCsvRow[]): string {
  return csvDocument(INVOICE_CSV_HEADERS, rows.map(invoiceCsvCells));
}

/** "factures-emises-2026-11-23.csv": the export's file name, dated (Paris day). */
export function exportFileName(now: Date): string {
  const [dd, mm, yyyy] = formatDay(now).split("/");
  return `factures-emises-${yyyy}-${mm}-${dd}.csv`;
}
