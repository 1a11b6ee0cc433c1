// invoices/deposit — the entry for React code (never reaches @/server): the deposit form's routing fields (cadre,
// structure, service), shared by the batch's form.
export { DepositRoutingFields, type DepositSupplier } from "./components/deposit-routing-fields.tsx";
