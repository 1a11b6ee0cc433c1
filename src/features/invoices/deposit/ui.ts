// invoices/deposit — the entry for React code and pure rules (never reaches @/server): the deposit form's routing
// fields (cadre, structure, service), shared by the batch's form; the mapping of a read e-invoice to the portal's.
export { DepositRoutingFields, type DepositSupplier } from "./components/deposit-routing-fields.tsx";
export { type DepositedInvoice } from "./rules/deposited-invoice.ts";
export { toDepositedInvoice } from "./rules/from-einvoice.ts";
