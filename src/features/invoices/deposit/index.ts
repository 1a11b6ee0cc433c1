// invoices/deposit — Déposer facture: one file read (in a worker thread), prefilled as a draft, checked; and the
// pieces the batch deposit shares (the file's reading and mapping, the parties' resolution, the duplicate refusals).
export { resolveDepositParties, type DepositParties } from "./data/resolve-deposit-parties.ts";
export { duplicateFileMessage, duplicateNumberMessage } from "./data/write-deposited-invoice.ts";
export { fileReaderPool, runFileTask } from "./file-reading/in-worker.ts";
export { type DepositedInvoice } from "./rules/deposited-invoice.ts";
export { toDepositedInvoice } from "./rules/from-einvoice.ts";
export { depositInvoiceFile, type DepositedDraft, type DepositFile } from "./use-cases/deposit-invoice-file.ts";
