import { csvStream } from "@/lib/csv.ts";
import type { FiscalListCriteriaInput } from "../schemas.ts";
import { fiscalListFileName } from "../rules/fiscal-period.ts";
import { FISCAL_LIST_HEADERS, fiscalListCells, type FiscalListRow } from "../rules/fiscal-list-row.ts";
import { FISCAL_LIST_MAX_ROWS } from "../rules/limits.ts";
import { streamFiscalList } from "./stream-fiscal-list.ts";

async function* cells(rows: AsyncIterable<FiscalListRow>) {
  for await (const row of rows) yield fiscalListCells(row);
}

/** The CSV of the « Liste fiscale » as a stream and its file name: the page's export route sends it as it is written. */
export async function getFiscalListCsv({ userId, criteria }: { userId: string; criteria: FiscalListCriteriaInput | Record<string, unknown> }) {
  const { period, rows } = await streamFiscalList({ userId, criteria });
  return { fileName: fiscalListFileName(period, "csv"), stream: csvStream({ headers: FISCAL_LIST_HEADERS, rows: cells(rows), maxRows: FISCAL_LIST_MAX_ROWS }) };
}
