// "Synthèse": how many invoices, and for how much TTC, in each état, in the lifecycle's order. Amounts in different
// currencies are never added together: one line per état and currency. Pure.
import Decimal from "decimal.js";
import { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { INVOICE_STATUS_LABELS } from "@/features/invoices/common/ui.ts";

/** What the GROUP BY gives: the sum is a decimal string. */
export type SummaryGroup = { status: InvoiceStatus; currency: string; count: number; totalGross: string };

export type SummaryRow = SummaryGroup & { label: string };
export type SummaryTotal = { currency: string; count: number; totalGross: string };

const ORDER = Object.values(InvoiceStatus) as InvoiceStatus[];

/** The lines of the Synthèse table, lifecycle order then currency; and the totals per currency. */
export function summarize(groups: readonly SummaryGroup[]): { rows: SummaryRow[]; totals: SummaryTotal[] } {
  const rows = [...groups]
    .filter((group) => group.count > 0)
    .sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || a.currency.localeCompare(b.currency))
    .map((group) => ({ ...group, totalGross: new Decimal(group.totalGross).toFixed(2), label: INVOICE_STATUS_LABELS[group.status] }));
  const byCurrency = new Map<string, { count: number; total: Decimal }>();
  for (const row of rows) {
    const current = byCurrency.get(row.currency) ?? { count: 0, total: new Decimal(0) };
    byCurrency.set(row.currency, { count: current.count + row.count, total: current.total.plus(row.totalGross) });
  }
  const totals = [...byCurrency].sort(([a], [b]) => a.localeCompare(b)).map(([currency, { count, total }]) => ({ currency, count, totalGross: total.toFixed(2) }));
  return { rows, totals };
}
