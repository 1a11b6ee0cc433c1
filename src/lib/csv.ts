// The ONE way the portal writes CSV, for every export (Rechercher, mandats, structures…): for a French spreadsheet
// (UTF-8 with a BOM so that accents open right, `;` between fields, CRLF between lines), each cell quoted when it
// must be and defused when a spreadsheet would run it as a formula; streamed row by row, and bounded.

export const CSV_BOM = "\uFEFF";
export const CSV_MIME_TYPE = "text/csv; charset=utf-8";

/**
 * What a spreadsheet takes for a formula or a command (OWASP "CSV injection"): a cell starting with =, +, -, @
 * (or their full-width forms, which some spreadsheets fold), possibly after spaces, or with a tab, CR or LF.
 */
const FORMULA_START = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;
/** A plain number (an amount "-12,50"): left as it is so that it stays a number in the spreadsheet. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** One cell: defused with a leading apostrophe when it would run as a formula, quoted when it holds `;`, `"` or a line break. */
export function csvCell(value: string | null | undefined): string {
  const text = value ?? "";
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const csvLine = (cells: readonly (string | null | undefined)[]) => `${cells.map(csvCell).join(";")}\r\n`;

/** A whole small file in memory: BOM, header line, one line per row. */
export function csvDocument(headers: readonly string[], rows: Iterable<readonly (string | null | undefined)[]>): string {
  let text = CSV_BOM + csvLine(headers);
  for (const row of rows) text += csvLine(row);
  return text;
}

export const thousandsFr = (value: number) => new Intl.NumberFormat("fr-FR").format(value).replace(/[\u202f\u00a0]/g, " ");

/** The last line of an export cut at `maxRows`: says so, in French, in the file itself. */
export const truncatedNotice = (maxRows: number) =>
  `Export limité aux ${thousandsFr(maxRows)} premières lignes : précisez vos critères pour obtenir les suivantes.`;

type RowSource = AsyncIterable<readonly (string | null | undefined)[]> | Iterable<readonly (string | null | undefined)[]>;

/**
 * The CSV as a stream of UTF-8 bytes: the rows are pulled from `rows` (for example one database page at a time)
 * as the client reads, so that memory holds one page, never the file. After `maxRows` rows the file ends with a
 * line saying it was cut (`onTruncated` is told too).
 */
export function csvStream(options: { headers: readonly string[]; rows: RowSource; maxRows: number; onTruncated?: () => void }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  type Row = readonly (string | null | undefined)[];
  const source = options.rows;
  const iterator: AsyncIterator<Row> | Iterator<Row> =
    Symbol.asyncIterator in source ? (source as AsyncIterable<Row>)[Symbol.asyncIterator]() : (source as Iterable<Row>)[Symbol.iterator]();
  let written = 0;
  let started = false;
  const LINES_PER_CHUNK = 500;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = "";
      if (!started) {
        started = true;
        text = CSV_BOM + csvLine(options.headers);
      }
      for (let lines = 0; lines < LINES_PER_CHUNK; lines++) {
        const next = await iterator.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        if (written >= options.maxRows) {
          options.onTruncated?.();
          await iterator.return?.();
          controller.enqueue(encoder.encode(text + csvLine([truncatedNotice(options.maxRows)])));
          controller.close();
          return;
        }
        text += csvLine(next.value);
        written++;
      }
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Pages of a query, one after the other (offset pages: an export reads at most a few tens of thousands of rows). */
export async function* pagesOf<T>(readPage: (skip: number, take: number) => Promise<T[]>, pageSize = 1000, maxRows = Number.POSITIVE_INFINITY): AsyncGenerator<T> {
  for (let skip = 0; skip <= maxRows; skip += pageSize) {
    const page = await readPage(skip, Math.min(pageSize, maxRows + 1 - skip));
    yield* page;
    if (page.length < pageSize) return;
  }
}
