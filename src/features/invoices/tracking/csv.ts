// « Exporter (CSV) » of Rechercher, for a French spreadsheet: UTF-8 with a BOM (so that accents open right), `;`
// between fields, decimal comma, dates JJ/MM/AAAA, CRLF between lines. Pure.
import { INVOICE_TYPE_LABELS } from "../invoice-schema.ts";
import { INVOICE_STATUS_LABELS } from "../status-labels.ts";
import { formatDay } from "../view/invoice-dates.ts";
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";

const BOM = "\uFEFF";

/**
 * One field: quoted when it holds `;`, a quote or a line break; a text a spreadsheet would take for a formula
 * (=, +, @, a dash before anything but a digit) is defused with a leading apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+@\t\r]|^-(?!\d)/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The whole file: BOM, header line, one line per row. */
export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [headers, ...rows].map((row) => row.map(csvField).join(";")).join("\r\n") + "\r\n";
}

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

export function invoicesCsv(rows: readonly InvoiceCsvRow[]): string {
  return toCsv(
    INVOICE_CSV_HEADERS,
    rows.map((row) => [
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
    ]),
  );
}

/** "factures-emises-2026-11-23.csv": the export's file name, dated (Paris day). */
export function exportFileName(now: Date): string {
  const [dd, mm, yyyy] = formatDay(now).split("/");
  return `factures-emises-${yyyy}-${mm}-${dd}.csv`;
}
