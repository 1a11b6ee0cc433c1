// Shared tools of the core EN 16931 rules (BR-xx, BR-CO-xx, BR-DEC-xx): defensive reads of an invoice as read (any
// term may be missing or hold anything: rule groups must never throw), decimals as the schematron's xs:decimal sees
// them, its round() and the findings themselves.
import Decimal from "decimal.js";
import type { Finding } from "../finding.ts";

/** The value when it is a plain object (not null, not an array), else undefined. */
export function rec<T>(value: T | null | undefined): T | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

/** The plain objects of a list; anything else (a string where a list is expected…) is an empty list. */
export function records<T>(value: T[] | null | undefined): T[] {
  return Array.isArray(value) ? value.filter((item) => rec(item) !== undefined) : [];
}

/** A text term with content (XPath normalize-space(x) != ''). Readers give no empty strings; blank counts as absent. */
export const filled = (value: unknown): boolean => typeof value === "string" && /[^ \t\r\n]/.test(value);

/** A term that is there at all (XPath exists(x)): a non-blank text, or a group (object). */
export const exists = (value: unknown): boolean => filled(value) || rec(value) !== undefined;

export const normalizeSpace = (value: unknown): string =>
  typeof value === "string" ? value.replace(/[ \t\r\n]+/g, " ").trim() : "";

const XS_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A decimal term as xs:decimal() casts it: the number, undefined when the term is absent (the empty sequence), or
 * null when it is there but not a decimal (the cast fails: the rule cannot hold).
 */
export function decimalOf(value: unknown): Decimal | null | undefined {
  if (!exists(value)) return value === undefined || value === null || typeof value === "string" ? undefined : null;
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return XS_DECIMAL.test(trimmed) ? new Decimal(trimmed) : null;
}

/** sum() over terms: absent ones count for nothing; one malformed term makes the sum fail (null). */
export function sumOf(values: unknown[]): Decimal | null {
  let total = new Decimal(0);
  for (const value of values) {
    const amount = decimalOf(value);
    if (amount === null) return null;
    if (amount !== undefined) total = total.plus(amount);
  }
  return total;
}

/** XPath round(x * 100) div 100: two decimals, halves rounded towards positive infinity. */
export const round2 = (value: Decimal): Decimal => value.toDecimalPlaces(2, Decimal.ROUND_HALF_CEIL);

/** XPath round(x): the nearest integer, halves towards positive infinity. */
export const roundInteger = (value: Decimal): Decimal => value.toDecimalPlaces(0, Decimal.ROUND_HALF_CEIL);

/** An amount for a message: as written in the file when it is a string, else two decimals. */
export function shown(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (value instanceof Decimal) return value.decimalPlaces() <= 2 ? value.toFixed(2) : value.toFixed();
  return "(absent)";
}

export const fatal = (rule: string, message: string, location: string): Finding => ({ rule, severity: "fatal", message, location });

export const warning = (rule: string, message: string, location: string): Finding => ({
  rule,
  severity: "warning",
  message,
  location,
});

/** Document level allowances (BG-20) and charges (BG-21), each with its 1-based position in its own group. */
export function allowancesAndCharges<T extends { charge?: boolean }>(items: T[] | undefined) {
  const all = records(items);
  const allowances = all.filter((item) => item.charge === false).map((item, index) => ({ item, position: index + 1 }));
  const charges = all.filter((item) => item.charge === true).map((item, index) => ({ item, position: index + 1 }));
  return { allowances, charges };
}
