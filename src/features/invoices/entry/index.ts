// invoices/entry — Saisir facture: drafts (save, duplicate, delete), their attachments, the recipient's search and
// "Valider et envoyer"; the supplier's view of its invoices and files. The entry for server code and other areas.
export { addInvoiceAttachment } from "./use-cases/add-invoice-attachment.ts";
export { deleteInvoiceAttachment } from "./use-cases/delete-invoice-attachment.ts";
export { deleteInvoiceDraft } from "./use-cases/delete-invoice-draft.ts";
export { duplicateInvoice } from "./use-cases/duplicate-invoice.ts";
export { getInvoiceAttachment } from "./use-cases/get-invoice-attachment.ts";
export { getInvoiceDocument } from "./use-cases/get-invoice-document.ts";
export { getInvoice } from "./use-cases/get-invoice.ts";
export { getRecipient } from "./use-cases/get-recipient.ts";
export { listLinkableInvoices, type LinkableInvoice } from "./use-cases/list-linkable-invoices.ts";
export { listInvoiceSuppliers, type InvoiceSupplier } from "./use-cases/list-invoice-suppliers.ts";
export { listSupplierInvoices } from "./use-cases/list-supplier-invoices.ts";
export { saveInvoiceDraft } from "./use-cases/save-invoice-draft.ts";
export { sendInvoice, type SentInvoice } from "./use-cases/send-invoice.ts";
