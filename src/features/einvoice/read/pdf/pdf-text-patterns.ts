// Guesses from the text of an unstructured PDF invoice: its number, date, the seller's SIRET and the totals, from
// the labels French, English and German invoices print ("Facture n°", "Total HT", "Net à payer", "Due payable"…).
// Lines may carry their cells' horizontal positions: a label heading a column finds its value below it. Pure.
import { isValidSiret } from "@/lib/siret.ts";
import { findAmounts, firstDate, wholeAmount } from "./pdf-text-amounts.ts";
import type { TextCell, TextLine } from "./pdf-text-lines.ts";
import { partyOf } from "./pdf-text-parties.ts";

export type PdfTextGuess = {
  number?: string;
  issueDate?: string;
  siret?: string;
  totals: { taxExclusive?: string; taxTotal?: string; taxInclusive?: string; amountDue?: string };
};

// A label may be printed in capitals, with or without accents ("NET A PAYER"): matched case-insensitively, and
// accents are folded before matching (see fold).
const NO = "(?:n\\s?[°ºo˚]\\.?|no\\.?|num(?:ero)?\\.?|nr\\.?|nummer|#)";
const NUMBER_LABELS: Label[] = [
  new RegExp(`\\b(?:facture|avoir|note de credit)\\s*${NO}\\s*:?`, "gi"),
  new RegExp(`\\b(?:n\\s?[°ºo˚]|numero)\\s*(?:de\\s+(?:la\\s+)?)?(?:facture|l'avoir|avoir)(?!\\s*(?:associee|d'origine|initiale|precedente))\\s*:?`, "gi"),
  /\b(?:invoice|credit note)\s*(?:no\.?|number|num\.?|n\s?[°º]|#|id)\s*:?/gi,
  /\brechnungs?\s*(?:-?\s*nr\.?|nummer|#)\s*:?/gi,
  numberUnderTitle,
];
/** "FACTURE" alone on a line, then "N° FA-12 du 14/03/2025" below it (the portal's own layout). */
const TITLE = /^\s*(?:facture|avoir|facture d'acompte|invoice|credit note|rechnung|gutschrift)\s*$/i;
const TITLE_NUMBER = /^\s*(?:n\s?[°º]|no\.?|nr\.?|#)\s*:?/i;
function* numberUnderTitle(folded: string[]): Generator<LabelHit> {
  for (let line = 0; line + 1 < folded.length; line++) {
    const match = TITLE.test(folded[line]) ? TITLE_NUMBER.exec(folded[line + 1]) : null;
    if (match) yield { line: line + 1, index: 0, end: match[0].length };
  }
}
/** An identifier: starts with a letter or digit, holds a digit, no space (PDF runs are joined before). */
const IDENTIFIER = /^\s*:?\s*([A-Za-z0-9][\w\-/.]{0,34})/;

const DATE_LABELS = [
  /\bdate\s+(?:de\s+(?:la\s+)?)?(?:facture|facturation|l'avoir)(?!\s*(?:associee|d'origine|initiale|precedente))\s*:?/gi,
  /\bdate\s+d'emission\s*:?|\bemise?\s+le\s*:?|\bfactur[ée]e?\s+le\s*:?/gi,
  /\binvoice\s+date\s*:?|\bdate\s+of\s+(?:issue|invoice)\s*:?|\bissue\s+date\s*:?|\bissued\s+(?:at|on)\s*:?/gi,
  /\brechnungsdatum\s*:?/gi,
  /(?:^|\s)date\s*:/gi,
];
/** Dates that are not the issue date: a line holding one of these words gives none. */
const OTHER_DATES = /echeance|livraison|delivery|due|payable|faellig|lieferdatum|periode|period|remit|paiement|payment|commande|order/i;

const SIRET_LABEL = /\bsiret\b/gi;
const SIRET = /(?<!\d)(\d(?:[ \u00a0\u202f.]?\d){13})(?!\d)/;

type TotalKey = keyof PdfTextGuess["totals"];
const TOTAL_LABELS: Record<TotalKey, RegExp[]> = {
  taxExclusive: [
    /\btotal\s+h\.?\s?t\.?(?![\p{L}])|\btotal\s+hors\s+taxes?\b|\bmontant\s+(?:total\s+)?h\.?\s?t\.?(?![\p{L}])|\bmontant\s+(?:total\s+)?hors\s+taxes?\b/giu,
    /\bnet\s+total\b|\btotal\s+net\b(?!\s+(?:a|to)\s+pay)|\btotal\s+(?:excl\.?|excluding|before)\s+(?:vat|tax)\b|\bsubtotal\b|\bsumme\s+netto\b|\bnettobetrag\b|\bgesamt\s+netto\b/gi,
  ],
  taxTotal: [
    /\btotal\s+(?:de\s+la\s+)?tva\b|\btva\s+totale\b|\bmontant\s+(?:total\s+)?(?:de\s+(?:la\s+)?)?tva\b/gi,
    /\bvat\s+total\b|\btotal\s+vat\b|\bvat\s+amount\b|\btax\s+total\b|\btotal\s+tax\b|\bmwst\.?\s+gesamt\b|\bsumme\s+(?:mwst|ust)\b|\bumsatzsteuer\b/gi,
    // "TVA 20 % : 40,00 €" — but not a VAT number, a rate, a base or a mention ("TVA acquittée sur les débits").
    /(?<![\p{L}\p{N}])(?<!(?:n\s?[°º]|numero|no\.?|id|base|taux|code|detail|hors|sans|de\s+la|de)\s*)(?:tva|vat)\b(?!\s*:?\s*(?:intra|n°|no\b|numero|number|id\b|reg|acquit|non\s|sur\s|exig|code|[a-z]{2}\s?\d))/giu,
  ],
  taxInclusive: [
    /\btotal\s+t\.?\s?t\.?\s?c\.?(?![\p{L}])|\btotal\s+toutes\s+taxes\s+comprises\b|\bmontant\s+(?:total\s+)?t\.?\s?t\.?\s?c\.?(?![\p{L}])/giu,
    /\bgross\s+total\b|\btotal\s+gross\b|\btotal\s+(?:incl\.?|including)\s+(?:vat|tax)\b|\binvoice\s+total\b|\bgrand\s+total\b|\bbruttobetrag\b|\bgesamt\s+brutto\b|\bsumme\s+brutto\b/gi,
  ],
  amountDue: [
    /\bnet\s+a\s+payer\b|\breste\s+a\s+payer\b|\bsolde\s+a\s+payer\b|\bmontant\s+a\s+payer\b|\bmontant\s+du\b|\btotal\s+a\s+payer\b/gi,
    /\bdue\s+payable\b|\bamount\s+due\b|\bbalance\s+due\b|\btotal\s+due\b|\bamount\s+payable\b|\bzahlbetrag\b|\bzu\s+zahlen\b/gi,
  ],
};

/** Lower-case letters without accents, same length as the text (so indexes match the original). */
const fold = (text: string) =>
  text
    .split("")
    .map((char) => char.normalize("NFD").replace(/[\u0300-\u036f]/g, "").slice(0, 1) || char)
    .join("")
    .replace(/[’‘`]/g, "'");

type LabelHit = { line: number; index: number; end: number };
/** A label: a pattern searched on every line, or a search of its own. */
type Label = RegExp | ((folded: string[]) => Iterable<LabelHit>);

function* labelHits(folded: string[], pattern: Label): Generator<LabelHit> {
  if (typeof pattern === "function") {
    yield* pattern(folded);
    return;
  }
  for (let line = 0; line < folded.length; line++) {
    for (const match of folded[line].matchAll(pattern)) {
      const index = match.index ?? 0;
      yield { line, index, end: index + match[0].length };
    }
  }
}

/** The cell of `line` that holds the text at `index`, when positions are known. */
function cellAt(line: TextLine, index: number): TextCell | undefined {
  if (!line.cells) return undefined;
  let offset = 0;
  for (const cell of line.cells) {
    const start = line.text.indexOf(cell.text, offset);
    if (start < 0) return undefined;
    if (index < start + cell.text.length) return cell;
    offset = start + cell.text.length;
  }
  return undefined;
}

/**
 * The value of a label: on its own line after it, else below it — in the cell under the label (positions known)
 * or on the next line when that line is the value alone (plain text).
 */
function valueNear(lines: TextLine[], hit: LabelHit, onLine: (rest: string) => string | undefined, alone: (text: string) => string | undefined) {
  const here = onLine(lines[hit.line].text.slice(hit.end));
  if (here) return here;
  const label = cellAt(lines[hit.line], hit.index);
  for (let next = hit.line + 1; next < Math.min(lines.length, hit.line + 4); next++) {
    if (lines[next].page !== lines[hit.line].page) break;
    if (!label) return alone(lines[next].text);
    const tolerance = 4;
    for (const cell of lines[next].cells ?? []) {
      if (cell.end < label.x - tolerance || cell.x > label.end + tolerance) continue;
      const value = alone(cell.text);
      if (value) return value;
    }
  }
  return undefined;
}

const amountOnLine = (rest: string) => findAmounts(rest)[0]?.value;
const identifierOf = (text: string) => {
  const id = IDENTIFIER.exec(text)?.[1]?.replace(/[.:]+$/, "");
  return id && /\d/.test(id) && !/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(id) ? id : undefined;
};
const identifierAlone = (text: string) => (/^\s*\S+\s*$/.test(text) ? identifierOf(text) : undefined);
const dateOf = (text: string) => firstDate(text.slice(0, 60))?.value;
const dateAlone = (text: string) => {
  const date = firstDate(text);
  return date && text.slice(0, date.index).trim() === "" && text.slice(date.end).trim() === "" ? date.value : undefined;
};

/** The first value found for the first label (in priority order) that gives one; `last`: the last occurrence wins. */
function guess(folded: string[], labels: Label[], read: (hit: LabelHit) => string | undefined, last = false) {
  for (const label of labels) {
    let found: string | undefined;
    for (const hit of labelHits(folded, label)) {
      const value = read(hit);
      if (value === undefined) continue;
      found = value;
      if (!last) return found;
    }
    if (found !== undefined) return found;
  }
  return undefined;
}

function guessSiret(lines: TextLine[], folded: string[]): string | undefined {
  for (const hit of labelHits(folded, SIRET_LABEL)) {
    const after = lines[hit.line].text.slice(hit.end, hit.end + 60);
    const digits = SIRET.exec(after)?.[1]?.replace(/\D/g, "");
    if (!digits || !isValidSiret(digits)) continue;
    // The buyer's SIRET is printed too (a public buyer always has one): the seller's is the one outside its block.
    if (partyOf(lines, hit.line, cellAt(lines[hit.line], hit.index), fold) !== "buyer") return digits;
  }
  return undefined;
}

/** Everything that could be read; each field is a guess the user confirms. */
export function guessInvoiceFields(lines: TextLine[]): PdfTextGuess {
  const folded = lines.map((line) => fold(line.text));
  const number = guess(folded, NUMBER_LABELS, (hit) => valueNear(lines, hit, identifierOf, identifierAlone));
  let issueDate = guess(folded, DATE_LABELS, (hit) =>
    OTHER_DATES.test(folded[hit.line].slice(Math.max(0, hit.index - 20), hit.end)) ? undefined : valueNear(lines, hit, dateOf, dateAlone),
  );
  // "Facture n° 2020-15 du 21/11/2020": the date beside the number.
  issueDate ??= guess(folded, NUMBER_LABELS, (hit) =>
    /\b(?:du|dated?|vom|of)\b/i.test(folded[hit.line].slice(hit.end)) ? dateOf(lines[hit.line].text.slice(hit.end)) : undefined,
  );
  const totals: PdfTextGuess["totals"] = {};
  for (const key of Object.keys(TOTAL_LABELS) as TotalKey[]) {
    // Totals close the invoice: the last occurrence wins over a column header of the lines' table.
    const value = guess(folded, TOTAL_LABELS[key], (hit) => valueNear(lines, hit, amountOnLine, wholeAmount), true);
    if (value !== undefined) totals[key] = value;
  }
  return { number, issueDate, siret: guessSiret(lines, folded), totals };
}
