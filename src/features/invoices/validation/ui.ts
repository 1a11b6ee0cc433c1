// invoices/validation — the entry for React code: the components of Factures à valider and the entry form's field of
// the holder of the contract (never reaches @/server).
export { ContractHolderField } from "./components/contract-holder-field.tsx";
export { InvoicesToValidateTable, ValidationStateFilter } from "./components/invoices-to-validate-table.tsx";
export { ValidatorDecision } from "./components/validator-decision.tsx";
