// « Intérêts moratoires (CSV) » of Factures reçues: per invoice mise en paiement after its due day, what the buyer owes
// on top of the principal (docs/payment-delays.md). Pure.
import { formatDay } from "@/features/invoices/common/ui.ts";

export const LATE_PAYMENT_EXPORT_MAX_ROWS = 50_000;

export const LATE_PAYMENT_CSV_HEADERS = [
  "Numéro de facture",
  "Fournisseur",
  "Identifiant du fournisseur",
  "Montant TTC",
  "Devise",
  "Date de réception",
  "Date d'échéance",
  "Date de mise en paiement",
  "Jours de retard",
  "Taux des intérêts moratoires (%)",
  "Intérêts moratoires",
  "Indemnité forfaitaire pour frais de recouvrement",
] as const;

export type LatePaymentRow = {
  id: string;
  number: string;
  supplierName: string;
  supplierIdentifier: string;
  /** The principal the interest is computed on (net à payer, TTC). */
  amountDue: string;
  currency: string;
  receivedAt: Date | null;
  /** "AAAA-MM-JJ". */
  dueDay: string;
  paidDay: string;
  daysLate: number;
  rate: string;
  interest: string;
  indemnity: string;
};

const frenchDecimal = (value: string) => value.replace(".", ",");
const frenchDay = (day: string) => day.split("-").reverse().join("/");

/** One invoice's cells, in the order of LATE_PAYMENT_CSV_HEADERS. */
export const latePaymentCsvCells = (row: LatePaymentRow): string[] => [
  row.number,
  row.supplierName,
  row.supplierIdentifier,
  frenchDecimal(row.amountDue),
  row.currency,
  formatDay(row.receivedAt),
  frenchDay(row.dueDay),
  frenchDay(row.paidDay),
  String(row.daysLate),
  frenchDecimal(row.rate),
  frenchDecimal(row.interest),
  frenchDecimal(row.indemnity),
];

/** "interets-moratoires-2026-12-07.csv" (Paris day). */
export const latePaymentExportFileName = (now: Date) =>
  `interets-moratoires-${new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(now)}.csv`;
