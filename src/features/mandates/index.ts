// Billing mandates (subscribe, sign, revoke): the public entry for server code and other areas. Invoice entry's gate
// (invoices/common's requireInvoiceEntry, inside the entry's own transaction) counts the Actif mandates with the
// user's right, and asks them with needsMandateToEnter and missingMandateMessage.
export * from "./rules/mandate-rules.ts";
export * from "./rules/mandate-table.ts";
export { getInvoiceEntryGate } from "./use-cases/get-invoice-entry-gate.ts";
