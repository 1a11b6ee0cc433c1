// invoices/received — the entry for React code: the components of Factures reçues (never reaches @/server).
export { ReceivedInvoiceActions } from "./components/received-invoice-actions.tsx";
export { ReceivedInvoicesTable } from "./components/received-invoices-table.tsx";
export { ReceivedSearchForm } from "./components/received-search-form.tsx";
export { FacturesRecuesNav } from "./components/factures-recues-nav.tsx";
export { ReceivedTileGroup } from "./components/received-tile-group.tsx";
export { SavedSearches } from "./components/saved-searches.tsx";
