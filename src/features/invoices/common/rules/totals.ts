// The invoice's amounts, computed by this one function for the form (live, in the browser), the server,
// the PDF and the XML. Decimal arithmetic (decimal.js), never floats; inputs and outputs are decimal strings.
// EN 16931: line net BT-131 = quantity × net price − line allowance; VAT per rate on the rate's base
// (BT-116 × BT-119, rounded to the cent: BT-117); BT-106 = Σ BT-131; BT-109 = BT-106 (no document-level
// allowance or charge here); BT-110 = Σ BT-117; BT-112 = BT-109 + BT-110; BT-115 = BT-112 − BT-113.
import Decimal from "decimal.js";

/** How an amount reads: einvoice's rule, the same on the screens and on the Factur-X PDF. */
export { formatAmount } from "@/features/einvoice/ui.ts";

export type LineAmountsInput = { quantity: string; unitPriceNet: string; discountNet?: string; vatRate: string };

export type AmountsInput = {
  lines: LineAmountsInput[];
  /** BT-113: already paid (cadre A2, "facture déjà payée": the whole amount). */
  prepaid?: string;
};

export type LineAmounts = { lineNet: string; lineGross: string };
export type VatRecapRow = { rate: string; taxableAmount: string; taxAmount: string };

export type InvoiceTotals = {
  lines: LineAmounts[];
  /** Récapitulatif TVA: one row per rate, by increasing rate. */
  vatRecap: VatRecapRow[];
  /** Montant HT (BT-109). */
  totalNet: string;
  /** Montant TVA (BT-110). */
  totalVat: string;
  /** Montant TTC avant remise (BT-112). */
  totalGrossBeforeDiscount: string;
  /** Montant remise globale TTC: the portal shows it; no document-level discount is entered in this version. */
  globalDiscountGross: string;
  /** Montant TTC après remise. */
  totalGross: string;
  /** BT-113. */
  prepaid: string;
  /** Net à payer (BT-115). */
  amountDue: string;
};

const cents = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const money = (value: Decimal) => cents(value).toFixed(2);
const decimal = (value: string | undefined) => new Decimal(value === undefined || value.trim() === "" ? 0 : value.trim().replace(",", "."));

/** "Montant HT après remise HT" of one line, to the cent. */
export function lineNetAmount(line: LineAmountsInput): Decimal {
  return cents(decimal(line.quantity).times(decimal(line.unitPriceNet)).minus(decimal(line.discountNet)));
}

/** Normalised rate as the key of the VAT recap: "5.5", "20", "0". */
const rateKey = (rate: string) => decimal(rate).toString();

export function computeTotals(input: AmountsInput): InvoiceTotals {
  const nets = input.lines.map(lineNetAmount);
  const bases = new Map<string, Decimal>();
  input.lines.forEach((line, index) => {
    const key = rateKey(line.vatRate);
    bases.set(key, (bases.get(key) ?? new Decimal(0)).plus(nets[index]));
  });
  const vatRecap = [...bases.entries()]
    .sort(([a], [b]) => new Decimal(a).comparedTo(new Decimal(b)))
    .map(([rate, base]) => ({ rate, taxableAmount: money(base), taxAmount: money(base.times(rate).dividedBy(100)) }));

  const totalNet = nets.reduce((sum, net) => sum.plus(net), new Decimal(0));
  const totalVat = vatRecap.reduce((sum, row) => sum.plus(row.taxAmount), new Decimal(0));
  const totalGross = totalNet.plus(totalVat);
  const prepaid = decimal(input.prepaid);
  return {
    lines: input.lines.map((line, index) => ({ lineNet: money(nets[index]), lineGross: money(nets[index].times(decimal(line.vatRate).dividedBy(100).plus(1))) })),
    vatRecap,
    totalNet: money(totalNet),
    totalVat: money(totalVat),
    totalGrossBeforeDiscount: money(totalGross),
    globalDiscountGross: "0.00",
    totalGross: money(totalGross),
    prepaid: money(prepaid),
    amountDue: money(totalGross.minus(prepaid)),
  };
}
