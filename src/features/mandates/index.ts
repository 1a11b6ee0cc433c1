// Billing mandates (subscribe, sign, revoke): the public entry for server code and other areas. Invoice entry asks
// requireActiveMandate inside its own transaction.
export { hasActiveMandate, requireActiveMandate } from "./data/active-mandate.ts";
export * from "./rules/mandate-rules.ts";
export * from "./rules/mandate-table.ts";
export { getInvoiceEntryGate } from "./use-cases/get-invoice-entry-gate.ts";
