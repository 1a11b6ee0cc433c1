// invoices/common — the entry for React code (never reaches @/server): the invoice view's and form's shared
// components, and the pure rules and schema they need.
export { AddressLines, ReadOnlyField } from "./components/address-lines.tsx";
export { InvoiceTotalsSection } from "./components/invoice-totals.tsx";
export { StructureSelect } from "./components/structure-filter.tsx";
export { SubTabsNav, type SubTab } from "./components/sub-tabs-nav.tsx";
export { showFieldErrors, useInvoiceForm } from "./components/use-invoice-form.ts";
export { type Recipient } from "./data/recipient.ts";
export { deductionExcessError, invoiceTotals, type DeductedDownPayment } from "./rules/amounts.ts";
export { canDeductDownPayments } from "./rules/invoice-kinds.ts";
export { ATTACHMENT_LIMITS_TEXT } from "./rules/attachment-type.ts";
export { CURRENCIES, CURRENCY_CODES, DEFAULT_CURRENCY, type CurrencyCode } from "./rules/currencies.ts";
export { DEPOSIT_FORMATS, DEPOSIT_FORMAT_LABELS, DEPOSIT_MODE_LABELS, ORIGINAL_ATTACHMENT_TYPE, isStructuredDeposit, type DepositFormatCode } from "./rules/deposit-modes.ts";
export { holderTitle, needsHolderValidation } from "./rules/holder-validation.ts";
export { formatDay, formatDayAndTime } from "./rules/invoice-dates.ts";
export { MOE_CIRCUIT_STATUSES, RECEIVED_STATUSES } from "./rules/side-statuses.ts";
export { INVOICE_STATUS_LABELS } from "./rules/status-labels.ts";
export { computeTotals, formatAmount, type LineAmounts } from "./rules/totals.ts";
export { UNIT_CODES, UNITS, unitLabel } from "./rules/units.ts";
export { WORKS_CADRES, isWorksCadre, type WorksCadreCode } from "./schemas.ts";
export { ATTACHMENT_TYPES, CADRES, CADRE_LABELS, EXEMPTION_REASONS, INVOICE_TYPES, INVOICE_TYPE_LABELS, PAYMENT_MODES, PAYMENT_MODE_LABELS, STATE_SIRET, VAT_RATES, VAT_REGIMES, VAT_REGIME_LABELS, invoiceFormSchema, invoiceLineSchema, recipientErrors, sendingErrors, type InvoiceFormInput, type InvoiceFormValues, type InvoiceLineInput, type RecipientRules } from "./schemas.ts";
export { formatFinding } from "./rules/finding-text.ts";
export { NO_BANK_DETAILS_NOTICE, transferWithoutAccount } from "./rules/payment-means.ts";
export { InvoiceAttachments } from "./components/invoice-files.tsx";
export { documentHref } from "./rules/invoice-documents.ts";
