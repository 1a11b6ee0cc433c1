import { AppError } from "@/server/errors.ts";
import { pagesOf } from "@/lib/csv.ts";
import type { FiscalListCriteriaInput } from "../schemas.ts";
import { prepareFiscalList } from "../data/fiscal-list-query.ts";
import { FiscalTotalsAccumulator } from "../rules/fiscal-totals.ts";
import type { FiscalListRow } from "../rules/fiscal-list-row.ts";
import { mandatesUsed } from "../rules/mandate-labels.ts";
import { FISCAL_LIST_MAX_ROWS, FISCAL_LIST_PAGE_SIZE, tooManyRowsMessage } from "../rules/limits.ts";

/**
 * « Liste fiscale »: the structure's invoices the portal issued in the period, one page of them (`pageSize`), and the
 * totals per VAT rate and overall of ALL of them (read page by page, never held whole), avoirs negative.
 */
export async function getFiscalList({ userId, criteria, pageSize = FISCAL_LIST_PAGE_SIZE }: { userId: string; criteria: FiscalListCriteriaInput | Record<string, unknown>; pageSize?: number }) {
  const list = await prepareFiscalList(userId, criteria);
  if (list.count > FISCAL_LIST_MAX_ROWS) throw new AppError("VALIDATION", tooManyRowsMessage(FISCAL_LIST_MAX_ROWS, "la liste"), "periode");
  const pageCount = Math.max(1, Math.ceil(list.count / pageSize));
  const page = Math.min(list.criteria.page, pageCount);
  const first = (page - 1) * pageSize;
  const totals = new FiscalTotalsAccumulator();
  const usedMandates = new Set<string>();
  const rows: FiscalListRow[] = [];
  let index = 0;
  for await (const row of pagesOf(list.readPage, 1000, FISCAL_LIST_MAX_ROWS)) {
    totals.add(row);
    if (row.mandate) usedMandates.add(row.mandate.id);
    if (index >= first && index < first + pageSize) rows.push(row);
    index++;
  }
  return {
    criteria: list.criteria,
    period: list.period,
    supplier: list.supplier,
    mandates: mandatesUsed(list.mandates, usedMandates),
    rows,
    total: list.count,
    page,
    pageSize,
    pageCount,
    totals: totals.result(),
  };
}
