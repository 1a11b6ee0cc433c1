// The columns of "Mandats de facturation", shared by the page's table and its CSV export. Pure: no I/O.
import type { MandateStatus } from "@/generated/prisma/enums.ts";
import { csvDocument } from "@/lib/csv.ts";
import { MANDATE_STATUS_LABELS } from "./mandate-rules.ts";

export type MandateRow = {
  id: string;
  libelle: string;
  signataire: string;
  createdAt: Date;
  revokedAt: Date | null;
  status: MandateStatus;
};

export const MANDATE_COLUMNS = ["Mandat de facturation", "Signataire", "Date de création", "Date de révocation", "Statut"] as const;

const dateFormat = new Intl.DateTimeFormat("fr-FR", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Europe/Paris" });

export const formatDate = (date: Date | null) => (date ? dateFormat.format(date) : "");

export const mandateCells = (row: MandateRow): string[] => [
  row.libelle,
  row.signataire,
  formatDate(row.createdAt),
  formatDate(row.revokedAt),
  MANDATE_STATUS_LABELS[row.status],
];

/** Semicolon-separated with a BOM, as French spreadsheets expect (the portal's one CSV writing, src/lib/csv.ts). */
export function mandatesCsv(rows: MandateRow[]): string {
  return csvDocument(MANDATE_COLUMNS, rows.map(mandateCells));
}

/** Mandates one export writes at most (a structure has a handful; the bound holds whatever happens). */
export const MANDATE_EXPORT_MAX_ROWS = 10_000;
