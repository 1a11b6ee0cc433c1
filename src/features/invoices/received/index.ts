// invoices/received — Factures reçues: the recipient's list of the invoices made available to it, their pages and
// files, and its processing (Suspendre, Rejeter, Service fait…). The entry for server code and other areas.
export { getReceivedInvoice, type ReceivedInvoiceDetail } from "./use-cases/get-received-invoice.ts";
export { countPaymentDeadlines, type PaymentDeadlineCounts } from "./use-cases/count-payment-deadlines.ts";
export { streamLatePaymentInterests } from "./use-cases/stream-late-payment-interests.ts";
export { LATE_PAYMENT_CSV_HEADERS, LATE_PAYMENT_EXPORT_MAX_ROWS, latePaymentCsvCells, latePaymentExportFileName, type LatePaymentRow } from "./rules/late-payment-csv.ts";
export { latePaymentExportSchema } from "./schemas.ts";
export { paymentDeadlineTiles } from "./rules/payment-deadline-tiles.ts";
export { getReceivedInvoiceAttachment } from "./use-cases/get-received-invoice-attachment.ts";
export { getReceivedInvoiceDocument } from "./use-cases/get-received-invoice-document.ts";
export { getReceivedInvoiceFile } from "./use-cases/get-received-invoice-file.ts";
export { getReceivedInvoicePreview } from "./use-cases/get-received-invoice-preview.ts";
export { listReceivedInvoices, type ReceivedInvoiceRow } from "./use-cases/list-received-invoices.ts";
export { listReceivedInvoicesByCursor } from "./use-cases/list-received-invoices-by-cursor.ts";
export { listReceivedServices } from "./use-cases/list-received-services.ts";
export { RECEIVED_CRITERIA_FIELDS, checkReceivedCriteria, parseReceivedSearch, receivedSearchHref, toReceivedFilters, type ReceivedInvoiceFilters } from "./rules/received-search.ts";
export { RECIPIENT_ACTIONS, recipientActionsFor, type RecipientAction } from "./rules/recipient-moves.ts";
export { getReceivedDashboard } from "./use-cases/get-received-dashboard.ts";
export { streamReceivedInvoices } from "./use-cases/stream-received-invoices.ts";
export { streamReceivedInvoicesZip } from "./use-cases/stream-received-invoices-zip.ts";
export type { ReceivedExportRow } from "./data/received-export.ts";
export { receivedDashboard, TO_PROCESS_STATUSES, type ReceivedTile } from "./rules/received-dashboard.ts";
export { RECEIVED_CSV_HEADERS, RECEIVED_EXPORT_MAX_ROWS, RECEIVED_ZIP_INDEX_HEADERS, receivedCsvCells, receivedExportFileName } from "./rules/received-csv.ts";
export { MAX_ZIP_INVOICES, ZIP_INDEX_NAME } from "./rules/received-zip.ts";
export { receivedZipSelectionSchema } from "./schemas.ts";
export { saveReceivedSearch } from "./use-cases/save-received-search.ts";
export { listReceivedSearches, type ReceivedSavedSearch } from "./use-cases/list-received-searches.ts";
export { deleteReceivedSearch } from "./use-cases/delete-received-search.ts";
export { receivedCriteriaQuery } from "./rules/received-search.ts";
