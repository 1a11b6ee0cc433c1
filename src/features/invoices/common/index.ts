// invoices/common — what every invoice screen shares, for server code and the other invoices areas: the invoice's
// schema, totals, labels and files, the mapping to EN 16931, the access and `where` builders of each side (supplier,
// recipient, holder of the contract), and the writes every side makes on an invoice.
export { checkedAttachment, requireRoomForAttachments, type NewAttachment } from "./data/attachment-upload.ts";
export { UNKNOWN_ACCOUNT_MESSAGE, activeBankAccounts, depositedAccount, invoicePayee, payableAccount, payeeAmong, type PayeeAccount } from "./data/bank-accounts.ts";
export { readInvoiceDetail } from "./data/invoice-detail.ts";
export { paymentDelaySelect, readPaymentDelay, type PaymentDelayFacts } from "./data/payment-delay.ts";
export { DepositFindingsError, InvoiceRulesError, refusedState, throwIfAny } from "./data/invoice-errors.ts";
export { emptyInvoicePage, pageNumber, readInvoiceCursorPage, readInvoicePage, type InvoiceCursorPage } from "./data/invoice-list-page.ts";
export { awaitingSupplierWhere, receivedInvoiceWhere, recipientReachWhere, supplierInvoiceWhere, toValidateWhere } from "./data/invoice-where.ts";
export { lockInvoice, lockedInvoiceRow, nextTemporaryNumber, type LockedInvoiceRow } from "./data/invoice-writes.ts";
export { receivedGrantSelect, receivedReadAndModifyScopes, receivedScopeOf, receivedScopes, requireReceivedInvoice } from "./data/received-access.ts";
export { findRecipient, recipientKey, type Recipient } from "./data/recipient.ts";
export { sentInvoiceRowSelect, toSentInvoiceRow } from "./data/sent-invoice-row.ts";
export { fileInReceptionFormat, receptionFile } from "./data/reception-file.ts";
export { storedAttachment, storedDocument, storedPreview, type InvoiceFile } from "./data/stored-invoice-files.ts";
export { invoiceEntryOf, invoiceEntrySelect, ownInvoice, ownInvoiceSelect, requireDraft, requireInvoiceEntry, requireOwnInvoice, supplierScope, supplierStructureIds, supplierStructuresByName, supplierUserIds, supplierUserIdsAmong, supplierUserSelect } from "./data/supplier-access.ts";
export { supplierInvoiceRowSelect, toSupplierInvoiceRow, type SupplierInvoiceRead } from "./data/supplier-invoice-row.ts";
export { requireInvoiceToValidate, validatorStructureIds, validatorUsers } from "./data/validation-access.ts";
export { deductionExcessError, invoiceTotals, type DeductedDownPayment } from "./rules/amounts.ts";
export { DOWN_PAYMENT_CADRES, canDeductDownPayments, invoiceKindErrors } from "./rules/invoice-kinds.ts";
export { CURRENCY_CODES, DEFAULT_CURRENCY, type CurrencyCode } from "./rules/currencies.ts";
export { DEPOSIT_FORMATS, ORIGINAL_ATTACHMENT_TYPE, isStructuredDeposit, type DepositFormatCode } from "./rules/deposit-modes.ts";
export { createDepositReceiptPdf } from "./rules/deposit-receipt-pdf.ts";
export { SENT_INVOICE_MESSAGE } from "./rules/drafts.ts";
export { holderTitle, needsHolderValidation } from "./rules/holder-validation.ts";
export { formatDay, formatDayAndTime } from "./rules/invoice-dates.ts";
export { addresseeFiles, documentKindOfSlug, isAddresseeDocument } from "./rules/invoice-documents.ts";
export { withinScopes, type ReceivedScope } from "./rules/received-scope.ts";
export { MOE_CIRCUIT_STATUSES, RECEIVED_STATUSES, isReceivedStatus, receivedAtAfter, type ReceivedStatus } from "./rules/side-statuses.ts";
export {
  BUYER_CATEGORY_LABELS,
  DUE_SOON_DAYS,
  PAYMENT_DELAY_DAYS,
  PAYMENT_PENDING_STATUSES,
  addDays,
  dateColumnOf,
  dayOfDateColumn,
  dueSoonRange,
  hasPaymentDelay,
  latePayment,
  parisDay,
  paymentDeadline,
  paymentDeadlineShort,
  paymentDeadlineText,
  paymentDueDay,
  suspensionDays,
  type PaymentDeadline,
} from "./rules/payment-delay.ts";
export { INVOICE_STATUS_LABELS } from "./rules/status-labels.ts";
export { toEInvoice, type AttachmentSource } from "./rules/to-einvoice.ts";
export { NO_BANK_DETAILS_NOTICE, paymentMeansOf, transferWithoutAccount } from "./rules/payment-means.ts";
export { formatAmount } from "./rules/totals.ts";
export { UNIT_CODES } from "./rules/units.ts";
export { WORKS_CADRES, isWorksCadre, type WorksCadreCode } from "./schemas.ts";
export { ATTACHMENT_TYPES, CADRES, CADRE_LABELS, INVOICE_TYPES, INVOICE_TYPE_LABELS, VAT_RATES, invoiceFormSchema, recipientErrors, sendingErrors, type InvoiceFormInput, type InvoiceFormValues, type RecipientRules } from "./schemas.ts";
