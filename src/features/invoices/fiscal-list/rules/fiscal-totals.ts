// The amounts of a « Liste fiscale »: an avoir reduces what was invoiced, so its amounts count negative; the totals per
// VAT rate (base and tax, from each invoice's VAT recap) and the grand totals (HT, TVA, TTC), per currency. Decimal
// arithmetic, never floats; amounts in and out as decimal strings. Pure.
import Decimal from "decimal.js";
import type { InvoiceType } from "@/generated/prisma/enums.ts";

export type VatRecapAmounts = { rate: string; taxableAmount: string; taxAmount: string };

export type FiscalAmounts = { totalNet: string; totalVat: string; totalGross: string; vatRecap: VatRecapAmounts[] };

/** −1 for an avoir (it reduces what the supplier invoiced), +1 for any other invoice. */
export const signOf = (type: InvoiceType) => (type === "AVOIR" ? -1 : 1);

const money = (value: Decimal) => (value.isZero() ? "0.00" : value.toFixed(2));
const signed = (value: string, sign: number) => money(new Decimal(value).times(sign));

/** The invoice's amounts as the list counts them: negated for an avoir. */
export function signedAmounts(type: InvoiceType, amounts: FiscalAmounts): FiscalAmounts {
  const sign = signOf(type);
  return {
    totalNet: signed(amounts.totalNet, sign),
    totalVat: signed(amounts.totalVat, sign),
    totalGross: signed(amounts.totalGross, sign),
    vatRecap: amounts.vatRecap.map((row) => ({ rate: new Decimal(row.rate).toString(), taxableAmount: signed(row.taxableAmount, sign), taxAmount: signed(row.taxAmount, sign) })),
  };
}

export type RateTotal = { rate: string; taxableAmount: string; taxAmount: string; grossAmount: string };
export type CurrencyTotals = { currency: string; invoiceCount: number; creditNoteCount: number; byRate: RateTotal[]; totalNet: string; totalVat: string; totalGross: string };

type Sums = { invoiceCount: number; creditNoteCount: number; net: Decimal; vat: Decimal; gross: Decimal; rates: Map<string, { base: Decimal; tax: Decimal }> };

/** Adds the rows one by one (a streamed list is never held whole), then `result()` gives the totals. */
export class FiscalTotalsAccumulator {
  private readonly sums = new Map<string, Sums>();

  /** `amounts` already signed (signedAmounts). */
  add(row: { type: InvoiceType; currency: string } & FiscalAmounts): void {
    let sums = this.sums.get(row.currency);
    if (!sums) {
      sums = { invoiceCount: 0, creditNoteCount: 0, net: new Decimal(0), vat: new Decimal(0), gross: new Decimal(0), rates: new Map() };
      this.sums.set(row.currency, sums);
    }
    sums.invoiceCount++;
    if (row.type === "AVOIR") sums.creditNoteCount++;
    sums.net = sums.net.plus(row.totalNet);
    sums.vat = sums.vat.plus(row.totalVat);
    sums.gross = sums.gross.plus(row.totalGross);
    for (const recap of row.vatRecap) {
      const rate = new Decimal(recap.rate).toString();
      const current = sums.rates.get(rate) ?? { base: new Decimal(0), tax: new Decimal(0) };
      sums.rates.set(rate, { base: current.base.plus(recap.taxableAmount), tax: current.tax.plus(recap.taxAmount) });
    }
  }

  /** One block per currency (euros first), its rates by increasing rate. */
  result(): CurrencyTotals[] {
    return [...this.sums.entries()]
      .sort(([a], [b]) => (a === "EUR" ? -1 : b === "EUR" ? 1 : a.localeCompare(b)))
      .map(([currency, sums]) => ({
        currency,
        invoiceCount: sums.invoiceCount,
        creditNoteCount: sums.creditNoteCount,
        byRate: [...sums.rates.entries()]
          .sort(([a], [b]) => new Decimal(a).comparedTo(new Decimal(b)))
          .map(([rate, { base, tax }]) => ({ rate, taxableAmount: money(base), taxAmount: money(tax), grossAmount: money(base.plus(tax)) })),
        totalNet: money(sums.net),
        totalVat: money(sums.vat),
        totalGross: money(sums.gross),
      }));
  }
}

/** The totals of rows held in memory (the tests, a small list). */
export function fiscalTotals(rows: Iterable<{ type: InvoiceType; currency: string } & FiscalAmounts>): CurrencyTotals[] {
  const accumulator = new FiscalTotalsAccumulator();
  for (const row of rows) accumulator.add(row);
  return accumulator.result();
}
