// The invoice's amounts from its form values: the one totals function, with cadre A2 ("facture déjà payée",
// e.g. carte d'achat) marking the whole amount as already paid (BT-113), so that nothing is left to pay. Pure.
import { computeTotals, type InvoiceTotals, type LineAmountsInput } from "./totals.ts";

export function invoiceTotals(invoice: { cadre: string; lines: LineAmountsInput[] }): InvoiceTotals {
  const totals = computeTotals({ lines: invoice.lines });
  return invoice.cadre === "A2" ? computeTotals({ lines: invoice.lines, prepaid: totals.totalGross }) : totals;
}
