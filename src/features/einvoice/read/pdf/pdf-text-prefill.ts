// Pre-filling an unstructured PDF invoice: the text of its first pages (pdfjs), rebuilt into lines and cells from
// the glyph positions, then the guesses of pdf-text-patterns.ts. Every field found is listed in guessedFields:
// the user checks them ("à vérifier").
import Decimal from "decimal.js";
import type { TextCell, TextLine } from "./pdf-text-lines.ts";
import { guessInvoiceFields } from "./pdf-text-patterns.ts";
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import { EInvoiceReadError, type ReadResult } from "../read-types.ts";

const MAX_PAGES = 10;
/** pdfjs has no limit of its own: a hostile PDF must not hold a request forever. */
const TEXT_TIMEOUT_MS = 20_000;

type PositionedText = { text: string; x: number; y: number; width: number; size: number };
type PdfTextItem = { str: string; transform: number[]; width: number; height: number };

const corrupt = () => new EInvoiceReadError("CORRUPT_PDF", "Le fichier PDF est endommagé ou illisible.");

/** Text runs on (about) the same baseline form a line; runs far apart on it are separate cells. */
export function linesOfPage(items: PositionedText[], page: number): TextLine[] {
  const sorted = items.filter((item) => item.text.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PositionedText[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - item.y) <= Math.max(2, 0.4 * Math.min(row[0].size, item.size))) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    const cells: TextCell[] = [];
    for (const item of row.sort((a, b) => a.x - b.x)) {
      const cell = cells[cells.length - 1];
      const gap = cell ? item.x - cell.end : Infinity;
      if (cell && gap < 0.1 * item.size) cell.text += item.text; // one word cut in several runs ("RE-20" "201121")
      else if (cell && gap < 1.2 * item.size) cell.text += ` ${item.text}`;
      else cells.push({ text: item.text, x: item.x, end: item.x });
      cells[cells.length - 1].end = Math.max(cells[cells.length - 1].end, item.x + item.width);
    }
    for (const cell of cells) cell.text = cell.text.replace(/\s+/g, " ").trim();
    return { text: cells.map((cell) => cell.text).join(" "), cells, page };
  });
}

async function withTimeout<T>(work: Promise<T>, onTimeout: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new EInvoiceReadError("CORRUPT_PDF", "Le fichier PDF est trop long à analyser (fichier endommagé ou trop complexe)."));
    }, TEXT_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The lines of the first pages of the PDF; CORRUPT_PDF when pdfjs cannot read it. */
export async function pdfTextLines(bytes: Uint8Array): Promise<TextLine[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdfjs may transfer the buffer it is given: it gets a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const read = async () => {
    const document = await task.promise;
    const lines: TextLine[] = [];
    for (let number = 1; number <= Math.min(document.numPages, MAX_PAGES); number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const items = (content.items as Partial<PdfTextItem>[])
        .filter((item): item is PdfTextItem => typeof item.str === "string" && Array.isArray(item.transform))
        .map((item) => ({
          text: item.str,
          x: item.transform[4],
          y: item.transform[5],
          width: item.width,
          size: Math.hypot(item.transform[2], item.transform[3]) || item.height || 10,
        }));
      lines.push(...linesOfPage(items, number));
      page.cleanup();
    }
    return lines;
  };
  try {
    return await withTimeout(read(), () => void task.destroy().catch(() => undefined));
  } catch (error) {
    if (error instanceof EInvoiceReadError) throw error;
    if ((error as { name?: string })?.name === "PasswordException") {
      throw new EInvoiceReadError("CORRUPT_PDF", "Le fichier PDF est protégé par un mot de passe : déposez une version sans mot de passe.");
    }
    throw corrupt();
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** A PDF without structured data: the invoice fields its text lets us guess. */
export async function prefillFromPdfText(bytes: Uint8Array): Promise<ReadResult> {
  const guess = guessInvoiceFields(await pdfTextLines(bytes));
  const totals = { ...guess.totals };
  // "Due payable" alone is the amount to pay; it is the total with VAT too when it adds up (nothing prepaid).
  if (!totals.taxInclusive && totals.amountDue && totals.taxExclusive && totals.taxTotal) {
    if (new Decimal(totals.taxExclusive).plus(totals.taxTotal).equals(totals.amountDue)) totals.taxInclusive = totals.amountDue;
  }
  const invoice: ReadEInvoice = {};
  const guessedFields: string[] = [];
  if (guess.number) {
    invoice.number = guess.number;
    guessedFields.push("number");
  }
  if (guess.issueDate) {
    invoice.issueDate = guess.issueDate;
    guessedFields.push("issueDate");
  }
  if (guess.siret) {
    invoice.seller = { legalId: { id: guess.siret, scheme: "0009" } };
    guessedFields.push("seller.legalId.id");
  }
  for (const key of ["taxExclusive", "taxTotal", "taxInclusive", "amountDue"] as const) {
    if (totals[key] === undefined) continue;
    invoice.totals = { ...invoice.totals, [key]: totals[key] };
    guessedFields.push(`totals.${key}`);
  }
  return { syntax: "PDF_TEXT", root: "PDF", invoice, syntaxFindings: [], guessedFields };
}
