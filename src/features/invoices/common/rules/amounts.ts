// The invoice's amounts from its form values: the one totals function, with what is already paid (BT-113): for
// cadre A2 ("facture déjà payée", e.g. carte d'achat) the whole amount, so that nothing is left to pay; for a final
// invoice, the TTC of the down-payment invoices it deducts ("Montant payé / acomptes versés"). Pure.
import Decimal from "decimal.js";
import { computeTotals, formatAmount, type InvoiceTotals, type LineAmountsInput } from "./totals.ts";

/** A down-payment invoice a final invoice deducts, as the form and the Factur-X name it (BG-3) and count it (BT-113). */
export type DeductedDownPayment = { id: string; number: string; issueDate?: string; totalGross: string };

export function invoiceTotals(invoice: { cadre: string; lines: LineAmountsInput[] }, deducted: readonly Pick<DeductedDownPayment, "totalGross">[] = []): InvoiceTotals {
  const totals = computeTotals({ lines: invoice.lines });
  if (invoice.cadre === "A2") return computeTotals({ lines: invoice.lines, prepaid: totals.totalGross });
  if (deducted.length === 0) return totals;
  const paid = deducted.reduce((sum, downPayment) => sum.plus(downPayment.totalGross), new Decimal(0));
  return computeTotals({ lines: invoice.lines, prepaid: paid.toFixed(2) });
}

/** A final invoice never deducts more than its own TTC: the Net à payer (BT-115) stays zero or more. */
export function deductionExcessError(totals: InvoiceTotals): string | undefined {
  if (new Decimal(totals.amountDue).gte(0)) return undefined;
  return `Les acomptes déduits (${formatAmount(totals.prepaid)}) dépassent le montant TTC de la facture (${formatAmount(totals.totalGross)}) : retirez-en.`;
}
