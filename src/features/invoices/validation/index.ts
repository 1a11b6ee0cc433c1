// invoices/validation — Factures à valider: the desk of the holder of an A9 / A12 contract (its list, the invoice's
// page and files, Valider / Refuser), the validation automatique hors délai, and the entry form's search of the
// holder. The entry for server code and other areas.
export { autoValidateOverdueInvoices } from "./use-cases/auto-validate-overdue-invoices.ts";
export { getContractHolder } from "./use-cases/get-contract-holder.ts";
export { getInvoiceToValidate, type InvoiceToValidateDetail } from "./use-cases/get-invoice-to-validate.ts";
export { getInvoiceToValidateAttachment } from "./use-cases/get-invoice-to-validate-attachment.ts";
export { getInvoiceToValidateDocument } from "./use-cases/get-invoice-to-validate-document.ts";
export { getInvoiceToValidatePreview } from "./use-cases/get-invoice-to-validate-preview.ts";
export { listInvoicesToValidate, type InvoiceToValidateRow } from "./use-cases/list-invoices-to-validate.ts";
export { listInvoicesToValidateByCursor } from "./use-cases/list-invoices-to-validate-by-cursor.ts";
export { refuseInvoice } from "./use-cases/refuse-invoice.ts";
export { scheduleAutoValidation } from "./use-cases/schedule-auto-validation.ts";
export { searchContractHolders } from "./use-cases/search-contract-holders.ts";
export { validateInvoice } from "./use-cases/validate-invoice.ts";
export { CONTRACT_HOLDERS_LIMIT, contractHolderError, type ContractHolder } from "./data/contract-holders.ts";
export { autoValidationJobHandlers, runAutoValidationJob } from "./jobs.ts";
export { VALIDATION_STATES, parseValidationListParams, validationListHref, type ValidationListFilters, type ValidationState } from "./rules/validation-list.ts";
export { VALIDATOR_ACTIONS, deadlineOfInvoiceSentAt, validatorActionsFor } from "./rules/validation-rules.ts";
