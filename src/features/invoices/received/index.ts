// invoices/received — Factures reçues: the recipient's list of the invoices made available to it, their pages and
// files, and its processing (Suspendre, Rejeter, Service fait…). The entry for server code and other areas.
export { getReceivedInvoice, type ReceivedInvoiceDetail } from "./use-cases/get-received-invoice.ts";
export { getReceivedInvoiceAttachment } from "./use-cases/get-received-invoice-attachment.ts";
export { getReceivedInvoiceDocument } from "./use-cases/get-received-invoice-document.ts";
export { getReceivedInvoicePreview } from "./use-cases/get-received-invoice-preview.ts";
export { listReceivedInvoices, type ReceivedInvoiceRow } from "./use-cases/list-received-invoices.ts";
export { listReceivedInvoicesByCursor } from "./use-cases/list-received-invoices-by-cursor.ts";
export { listReceivedServices } from "./use-cases/list-received-services.ts";
export { RECEIVED_CRITERIA_FIELDS, checkReceivedCriteria, parseReceivedSearch, receivedSearchHref, toReceivedFilters, type ReceivedInvoiceFilters } from "./rules/received-search.ts";
export { RECIPIENT_ACTIONS, recipientActionsFor, type RecipientAction } from "./rules/recipient-moves.ts";
