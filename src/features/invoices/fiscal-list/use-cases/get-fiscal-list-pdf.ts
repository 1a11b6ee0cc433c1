import { AppError } from "@/server/errors.ts";
import { pagesOf } from "@/lib/csv.ts";
import type { FiscalListCriteriaInput } from "../schemas.ts";
import { prepareFiscalList } from "../data/fiscal-list-query.ts";
import { FiscalTotalsAccumulator } from "../rules/fiscal-totals.ts";
import { fiscalListFileName } from "../rules/fiscal-period.ts";
import { createFiscalListPdf } from "../rules/fiscal-list-pdf.ts";
import type { FiscalListRow } from "../rules/fiscal-list-row.ts";
import { mandatesUsed } from "../rules/mandate-labels.ts";
import { FISCAL_LIST_PDF_MAX_ROWS, tooManyRowsMessage } from "../rules/limits.ts";

/** The « Liste fiscale » as a PDF/A (the list, each invoice's SHA-256 fingerprint, the totals), dated `now`. */
export async function getFiscalListPdf({ userId, criteria, now = new Date() }: { userId: string; criteria: FiscalListCriteriaInput | Record<string, unknown>; now?: Date }) {
  const list = await prepareFiscalList(userId, criteria);
  if (list.count > FISCAL_LIST_PDF_MAX_ROWS) throw new AppError("VALIDATION", tooManyRowsMessage(FISCAL_LIST_PDF_MAX_ROWS, "le PDF"), "periode");
  const rows: FiscalListRow[] = [];
  const totals = new FiscalTotalsAccumulator();
  for await (const row of pagesOf(list.readPage, 1000, FISCAL_LIST_PDF_MAX_ROWS)) {
    rows.push(row);
    totals.add(row);
  }
  const content = await createFiscalListPdf({
    supplier: list.supplier,
    mandates: mandatesUsed(list.mandates, new Set(rows.flatMap((row) => (row.mandate ? [row.mandate.id] : [])))),
    period: list.period,
    rows,
    totals: totals.result(),
    editedAt: now,
  });
  return { fileName: fiscalListFileName(list.period, "pdf"), mimeType: "application/pdf", content };
}
