// Numbers and dates as invoices print them, to canonical strings: "1 234,56 €" / "1.234,56" / "1,234.56" →
// "1234.56"; "21/11/2020", "2020-11-21", "21 novembre 2020", "November 21, 2020" → "2020-11-21". Pure.

/**
 * An amount: thousands in groups of three (space, no-break space, dot, comma or apostrophe), then an optional
 * decimal part of 1 or 2 digits; a sign stuck to it. Not inside a longer number, a date or a word.
 */
const AMOUNT =
  /(?<![\p{L}\p{N}/.,-])(-)?((?:[1-9]\d{0,2}(?<sep>[ \u00a0\u202f.,'])\d{3}(?:\k<sep>\d{3})*)|\d+)(?:([.,])(\d{1,2}))?(?![\p{N}/]|[.,]\d)(\s*%)?/gu;
const CURRENCY_AFTER = /^\s*(?:€|EUR\b|euros?\b|\$|USD\b|£|GBP\b|CHF\b)/i;
const CURRENCY_BEFORE = /(?:€|EUR|\$|USD|£|GBP|CHF)\s*$/i;

export type AmountMatch = { value: string; index: number; end: number };

/**
 * The amounts of a text, in order, as decimal strings. Percentages are left out, and so are integers printed
 * without a currency (a quantity, a year, a rate), which are too ambiguous to be totals.
 */
export function findAmounts(text: string): AmountMatch[] {
  const amounts: AmountMatch[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const [whole, sign, integerPart, , decimalSeparator, decimals, percent] = match;
    if (percent) continue;
    const groupSeparator = match.groups?.sep;
    if (groupSeparator && decimalSeparator === groupSeparator) continue; // "1,234,56": neither English nor French
    const index = match.index ?? 0;
    const end = index + whole.length;
    const hasCurrency = CURRENCY_AFTER.test(text.slice(end)) || CURRENCY_BEFORE.test(text.slice(0, index));
    if (!decimals && !hasCurrency) continue;
    const digits = groupSeparator ? integerPart.split(groupSeparator).join("") : integerPart;
    const canonical = `${sign ?? ""}${digits.replace(/^0+(?=\d)/, "")}${decimals ? `.${decimals.padEnd(2, "0")}` : ".00"}`;
    amounts.push({ value: canonical, index, end });
  }
  return amounts;
}

/** The first amount of the text, or undefined. */
export const firstAmount = (text: string) => findAmounts(text)[0]?.value;

/** The amount when the text is nothing else (an amount alone in a table cell, a currency beside it). */
export function wholeAmount(text: string): string | undefined {
  const amounts = findAmounts(text);
  if (amounts.length !== 1) return undefined;
  const rest = text.slice(0, amounts[0].index) + text.slice(amounts[0].end);
  return /^[\s€$£]*(?:EUR|euros?|USD|GBP|CHF)?[\s€$£]*$/i.test(rest) ? amounts[0].value : undefined;
}

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1, january: 1, januar: 1, "jänner": 1,
  "février": 2, fevrier: 2, "févr": 2, fevr: 2, feb: 2, february: 2, februar: 2,
  mars: 3, mar: 3, march: 3, "märz": 3, maerz: 3,
  avril: 4, avr: 4, apr: 4, april: 4,
  mai: 5, may: 5,
  juin: 6, jun: 6, june: 6, juni: 6,
  juillet: 7, juil: 7, jul: 7, july: 7, juli: 7,
  "août": 8, aout: 8, aug: 8, august: 8,
  septembre: 9, sept: 9, sep: 9, september: 9,
  octobre: 10, oct: 10, october: 10, oktober: 10, okt: 10,
  novembre: 11, nov: 11, november: 11,
  "décembre": 12, decembre: 12, "déc": 12, dec: 12, december: 12, dezember: 12, dez: 12,
};

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined; // 31/02
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const MONTH_NAME = "([A-Za-zÀ-ÿ]{3,9})\\.?";
const DATE_PATTERNS: { pattern: RegExp; toIso: (parts: string[]) => string | undefined }[] = [
  // 2020-11-21
  { pattern: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/, toIso: ([y, m, d]) => isoDate(+y, +m, +d) },
  // 21/11/2020, 21.11.2020, 21-11-2020 (day first: the European order)
  { pattern: /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/, toIso: ([d, m, y]) => isoDate(+y, +m, +d) },
  // 21 novembre 2020, 1er décembre 2020, 21. November 2020
  {
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})(?:er)?\\.?\\s+${MONTH_NAME}\\s+(\\d{4})(?!\\d)`, "i"),
    toIso: ([d, month, y]) => (monthOf(month) ? isoDate(+y, monthOf(month), +d) : undefined),
  },
  // November 21, 2020
  {
    pattern: new RegExp(`${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "i"),
    toIso: ([month, d, y]) => (monthOf(month) ? isoDate(+y, monthOf(month), +d) : undefined),
  },
];

const monthOf = (name: string): number => MONTHS[name.toLowerCase()] ?? 0;

export type DateMatch = { value: string; index: number; end: number };

/** The first date of the text (the earliest in the text, whatever its form), as YYYY-MM-DD. */
export function firstDate(text: string): DateMatch | undefined {
  let found: DateMatch | undefined;
  for (const { pattern, toIso } of DATE_PATTERNS) {
    const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      const index = match.index ?? 0;
      if (found && index >= found.index) break;
      const value = toIso(match.slice(1));
      if (value) {
        found = { value, index, end: index + match[0].length };
        break;
      }
    }
  }
  return found;
}
