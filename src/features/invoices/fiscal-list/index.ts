// invoices/fiscal-list — « Liste fiscale » of Factures émises: the invoices the portal issued on the supplier's behalf
// under its billing mandate, by period, with totals, as CSV and PDF. The entry for server code and other areas.
export { getFiscalList } from "./use-cases/get-fiscal-list.ts";
export { getFiscalListCsv } from "./use-cases/get-fiscal-list-csv.ts";
export { getFiscalListPdf } from "./use-cases/get-fiscal-list-pdf.ts";
export { streamFiscalList } from "./use-cases/stream-fiscal-list.ts";
export { fiscalCriteriaFromSearchParams, fiscalCriteriaToSearchParams, fiscalListFileName, periodOf, type FiscalPeriod } from "./rules/fiscal-period.ts";
export { FISCAL_LIST_HEADERS, fiscalListCells, type FiscalListRow } from "./rules/fiscal-list-row.ts";
export { FISCAL_LIST_MAX_ROWS, FISCAL_LIST_PAGE_SIZE, FISCAL_LIST_PDF_MAX_ROWS } from "./rules/limits.ts";
export type { CurrencyTotals, RateTotal } from "./rules/fiscal-totals.ts";
export { fiscalListCriteriaSchema, PERIOD_KINDS, type FiscalListCriteria, type FiscalListCriteriaInput } from "./schemas.ts";
