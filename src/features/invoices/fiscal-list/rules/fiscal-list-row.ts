// One invoice of a « Liste fiscale », its columns in the order of the page, the CSV and the PDF (French headers), and
// its cells (decimal comma, dates JJ/MM/AAAA, amounts signed: an avoir negative). Pure.
import { formatDay, INVOICE_TYPE_LABELS } from "@/features/invoices/common/ui.ts";
import type { InvoiceType } from "@/generated/prisma/enums.ts";
import type { FiscalAmounts } from "./fiscal-totals.ts";

export type FiscalListRow = FiscalAmounts & {
  invoiceId: string;
  number: string;
  invoiceDate: Date | null;
  sentAt: Date;
  recipientName: string;
  recipientIdentifier: string;
  type: InvoiceType;
  currency: string;
  /** The billing mandate it was issued under (none for a public supplier, which issues its own). */
  mandate: { id: string; libelle: string } | null;
  /** SHA-256 (hex) of the legal document stored at the deposit: the Factur-X PDF the portal wrote. */
  sha256: string;
};

export const FISCAL_LIST_HEADERS = [
  "Numéro",
  "Date de facture",
  "Date de dépôt",
  "Destinataire",
  "Identifiant du destinataire",
  "Type",
  "Montant HT",
  "Montant TVA",
  "Montant TTC",
  "Devise",
  "Mandat de facturation",
  "Empreinte SHA-256",
] as const;

/** "1234.50" → "1234,50": the decimal string as it is, with a comma (no float, no thousands separator). */
export const frenchDecimal = (value: string) => value.replace(".", ",");

export const typeLabel = (type: InvoiceType) => (INVOICE_TYPE_LABELS as Record<string, string>)[type] ?? type;

/** One invoice's cells, in the order of FISCAL_LIST_HEADERS. */
export const fiscalListCells = (row: FiscalListRow): string[] => [
  row.number,
  formatDay(row.invoiceDate),
  formatDay(row.sentAt),
  row.recipientName,
  row.recipientIdentifier,
  typeLabel(row.type),
  frenchDecimal(row.totalNet),
  frenchDecimal(row.totalVat),
  frenchDecimal(row.totalGross),
  row.currency,
  row.mandate?.libelle ?? "",
  row.sha256,
];
