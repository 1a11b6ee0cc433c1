// Amounts and quantities read from a deposited file, as decimal.js values: only plain decimals are taken ("12.50",
// "-3", ".5"), never exponents nor floats, and only within what the invoice columns hold (NUMERIC(19,2), (19,6),
// (5,2)), so that a hostile or broken file can never make a write fail. Pure.
import Decimal from "decimal.js";

const PLAIN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The value as a Decimal, or null when it is absent or not a plain decimal. */
export function fileDecimal(value: string | undefined | null): Decimal | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  if (!PLAIN_DECIMAL.test(trimmed) || trimmed.length > 60) return null;
  return new Decimal(trimmed);
}

/** Integer digits each column holds: money NUMERIC(19,2), quantities and prices NUMERIC(19,6), rates NUMERIC(5,2). */
export const LIMITS = { money: 17, quantity: 13, rate: 3 } as const;
export type Kind = keyof typeof LIMITS;
const SCALE: Record<Kind, number> = { money: 2, quantity: 6, rate: 2 };

/** The value rounded to the column's scale, or null when it does not fit the column. */
export function fitting(value: Decimal | null, kind: Kind): Decimal | null {
  if (value === null) return null;
  const rounded = value.toDecimalPlaces(SCALE[kind], Decimal.ROUND_HALF_UP);
  return rounded.abs().lt(new Decimal(10).pow(LIMITS[kind])) ? rounded : null;
}

/** "12.5" → "12.50": an amount of the file, to the cent; "0.00" when absent or unusable. */
export function money(value: string | undefined | null | Decimal): string {
  const decimal = value instanceof Decimal ? value : fileDecimal(value);
  return (fitting(decimal, "money") ?? new Decimal(0)).toFixed(2);
}

/** A quantity or unit price with at most 6 decimals, without trailing zeros ("1.0000" → "1"). */
export const plain = (value: Decimal) => value.toFixed();

/** The French way a note shows an amount: "1 234,50". */
export const frenchAmount = (value: string) => value.replace(".", ",");
