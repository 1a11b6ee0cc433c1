// The lines of a deposited invoice (BG-25) as the portal's invoice lines. Pure; never throws on a partly read file.
import Decimal from "decimal.js";
import type { ReadEInvoice } from "@/features/einvoice/index.ts";
import { VAT_RATES, UNIT_CODES } from "@/features/invoices/common/ui.ts";
import type { DepositedLine } from "./deposited-invoice.ts";
import { fileDecimal, fitting, plain, type Kind } from "./file-amounts.ts";

type ReadLine = NonNullable<ReadEInvoice["lines"]>[number];

const DEFAULT_UNIT = "C62";
const text = (value: string | undefined) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

/** Σ line allowances − Σ line charges (BG-27 / BG-28), null when one of them is unreadable. */
function lineDiscount(line: ReadLine): Decimal | null {
  let total = new Decimal(0);
  for (const allowance of line.allowances ?? []) {
    const amount = fileDecimal(allowance?.amount);
    if (amount === null) return null;
    total = allowance?.charge === true ? total.minus(amount) : total.plus(amount);
  }
  return total;
}

/** BT-146 per unit: divided by the base quantity BT-149 when the file gives one. */
function unitPrice(line: ReadLine): Decimal | null {
  const price = fileDecimal(line.netPrice);
  const base = fileDecimal(line.priceBaseQuantity);
  if (price === null) return null;
  return base !== null && !base.isZero() ? price.dividedBy(base) : price;
}

/** "ligne 3", "lignes 1, 2, 4", "lignes 1, 2, 3, 4, 5 et 15 autres". */
function lineList(numbers: number[]): string {
  const shown = numbers.slice(0, 5).join(", ");
  const more = numbers.length > 5 ? ` et ${numbers.length - 5} autres` : "";
  return `${numbers.length > 1 ? "lignes" : "ligne"} ${shown}${more}`;
}

/** One note per unit or rate the form does not offer, with the lines concerned. */
function groupedNotes(byValue: Map<string, number[]>, note: (value: string) => string): string[] {
  return [...byValue.entries()].map(([value, numbers]) => `${note(value)} (${lineList(numbers)})`);
}

const remember = (byValue: Map<string, number[]>, value: string, number: number) => byValue.set(value, [...(byValue.get(value) ?? []), number]);

export function toDepositedLines(lines: ReadEInvoice["lines"], unmapped: string[]): DepositedLine[] {
  const unknownUnits = new Map<string, number[]>();
  const unknownRates = new Map<string, number[]>();
  const mapped = (lines ?? []).map((line, index) => {
    const number = index + 1;
    const value = (raw: Decimal | null, kind: Kind, label: string, present: boolean): Decimal => {
      const fitted = fitting(raw, kind);
      if (fitted === null && present) unmapped.push(`Ligne ${number} : ${label} illisible ou hors limites, remplacé par 0.`);
      return fitted ?? new Decimal(0);
    };
    const quantity = value(fileDecimal(line?.quantity), "quantity", "quantité", line?.quantity !== undefined);
    const price = value(unitPrice(line ?? {}), "quantity", "prix unitaire net", line?.netPrice !== undefined);
    const discount = value(lineDiscount(line ?? {}), "money", "montant de remise", (line?.allowances ?? []).length > 0);
    const rate = value(fileDecimal(line?.vatRate), "rate", "taux de TVA", line?.vatRate !== undefined);
    const computedNet = quantity.times(price).minus(discount);
    const lineNet = fitting(fileDecimal(line?.lineNet), "money") ?? fitting(computedNet, "money") ?? new Decimal(0);

    const unit = text(line?.unitCode)?.toUpperCase() ?? DEFAULT_UNIT;
    if (!(UNIT_CODES as readonly string[]).includes(unit)) remember(unknownUnits, unit, number);
    if (!(VAT_RATES as readonly string[]).includes(rate.toString())) remember(unknownRates, rate.toString(), number);

    return {
      reference: text(line?.sellerItemId),
      denomination: text(line?.name) ?? text(line?.description) ?? `Ligne ${text(line?.id) ?? number}`,
      quantity: plain(quantity),
      unit,
      unitPriceNet: plain(price),
      discountNet: discount.toFixed(2),
      vatRate: rate.toString(),
      lineNet: lineNet.toFixed(2),
    };
  });
  unmapped.push(
    ...groupedNotes(unknownUnits, (unit) => `Unité « ${unit} » absente de la liste du portail`),
    ...groupedNotes(unknownRates, (rate) => `Taux de TVA de ${rate.replace(".", ",")} % absent de la liste du portail`),
  );
  return mapped;
}
