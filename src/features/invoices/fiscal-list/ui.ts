// invoices/fiscal-list — the entry for React code: the components of « Liste fiscale » (never reaches @/server).
export { FiscalListTable } from "./components/fiscal-list-table.tsx";
export { FiscalPeriodForm } from "./components/fiscal-period-form.tsx";
export { FiscalTotalsTable } from "./components/fiscal-totals-table.tsx";
