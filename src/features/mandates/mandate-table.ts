// The columns of "Mandats de facturation", shared by the page's table and its CSV export. Pure: no I/O.
import type { MandateStatus } from "@/generated/prisma/enums.ts";
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

/** A cell is quoted when it holds the separator, a quote or a line break; a leading =, +, - or @ is defused for spreadsheets. */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Semicolon-separated with a BOM, as French spreadsheets expect. */
export function mandatesCsv(rows: MandateRow[]): string {
  const lines = [[...MANDATE_COLUMNS], ...rows.map(mandateCells)].map((cells) => cells.map(csvCell).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
