// invoices/tracking — the supplier's Factures émises: synthèse, tableau de bord, Rechercher and its CSV export, and
// the answers to the recipient (Compléter, Recycler, Traiter le rejet). The entry for server code and other areas.
export { getSupplierDashboard } from "./use-cases/get-supplier-dashboard.ts";
export { getSupplierSummary } from "./use-cases/get-supplier-summary.ts";
export { listTrackedStructures } from "./use-cases/list-tracked-structures.ts";
export { searchSupplierInvoices } from "./use-cases/search-supplier-invoices.ts";
export { searchSupplierInvoicesByCursor } from "./use-cases/search-supplier-invoices-by-cursor.ts";
export { streamSupplierInvoices } from "./use-cases/stream-supplier-invoices.ts";
export { completeInvoice } from "./use-cases/complete-invoice.ts";
export { recycleInvoice } from "./use-cases/recycle-invoice.ts";
export { acknowledgeRejection } from "./use-cases/acknowledge-rejection.ts";
export { ALREADY_HANDLED_MESSAGE, NOT_REJECTED_MESSAGE, REJECTION_FILTERS, rejectionHandledText } from "./rules/rejection-handling.ts";
export type { SupplierInvoiceRow } from "./data/supplier-invoice-search.ts";
export { answerNotice } from "./rules/answer-notice.ts";
export { DASHBOARD_TILES } from "./rules/dashboard-tiles.ts";
export { exportFileName, INVOICE_CSV_HEADERS, invoiceCsvCells, invoicesCsv, type InvoiceCsvRow } from "./rules/invoice-csv.ts";
export { criteriaFromSearchParams, criteriaToSearchParams, EXPORT_MAX_ROWS, searchCriteriaSchema, type SearchCriteria } from "./rules/search-criteria.ts";
export { completionSchema, COMPLETION_MAX_FILES, recyclingSchema } from "./schemas.ts";
