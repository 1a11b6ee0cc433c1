import { AppError } from "@/server/errors.ts";
import { pagesOf } from "@/lib/csv.ts";
import type { FiscalListCriteriaInput } from "../schemas.ts";
import { prepareFiscalList } from "../data/fiscal-list-query.ts";
import { FISCAL_LIST_MAX_ROWS, tooManyRowsMessage } from "../rules/limits.ts";

/**
 * The CSV export of the « Liste fiscale », streamed: authorized and counted now (a foreign structure, or a period
 * beyond FISCAL_LIST_MAX_ROWS, fails here, before any byte is sent), then the rows read one database page at a time
 * as the file is written.
 */
export async function streamFiscalList({ userId, criteria }: { userId: string; criteria: FiscalListCriteriaInput | Record<string, unknown> }) {
  const list = await prepareFiscalList(userId, criteria);
  if (list.count > FISCAL_LIST_MAX_ROWS) throw new AppError("VALIDATION", tooManyRowsMessage(FISCAL_LIST_MAX_ROWS, "l'export"), "periode");
  return { period: list.period, supplier: list.supplier, rows: pagesOf(list.readPage, 1000, FISCAL_LIST_MAX_ROWS) };
}
