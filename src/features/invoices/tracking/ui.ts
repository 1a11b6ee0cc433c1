// invoices/tracking — the entry for React code: the components of Factures émises (never reaches @/server).
export { AcknowledgeRejectionForm } from "./components/acknowledge-rejection-form.tsx";
export { CompleteInvoiceForm } from "./components/complete-invoice-form.tsx";
export { DashboardTileGrid } from "./components/dashboard-tile-grid.tsx";
export { InvoiceTimeline } from "./components/invoice-timeline.tsx";
export { RecycleInvoiceForm } from "./components/recycle-invoice-form.tsx";
export { SearchForm } from "./components/search-form.tsx";
export { SearchResultsTable } from "./components/search-results-table.tsx";
export { SummaryTable } from "./components/summary-table.tsx";
export { rejectionHandledText } from "./rules/rejection-handling.ts";
