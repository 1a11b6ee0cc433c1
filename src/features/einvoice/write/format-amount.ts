// How an amount reads in French on the documents einvoice writes (the Factur-X PDF) and on the portal's screens.
import Decimal from "decimal.js";

/** "1234.5" → "1 234,50" (display only, at the edge; from the decimal string, without going through a float). */
export function formatAmount(value: string, fractionDigits = 2): string {
  const trimmed = value.trim();
  const amount = new Decimal(trimmed === "" ? 0 : trimmed.replace(",", "."));
  const [integer, fraction] = amount.toFixed(fractionDigits).split(".");
  const sign = integer.startsWith("-") ? "-" : "";
  const grouped = integer.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  return fraction ? `${sign}${grouped},${fraction}` : `${sign}${grouped}`;
}
