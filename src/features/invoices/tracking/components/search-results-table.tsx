import { formatAmount, formatDay, INVOICE_STATUS_LABELS, INVOICE_TYPE_LABELS } from "@/features/invoices/common/ui.ts";
import { criteriaToSearchParams, type SearchCriteria, type SortKey } from "../rules/search-criteria.ts";
import type { SupplierInvoiceRow } from "../data/supplier-invoice-search.ts";
import { rejectionHandledText } from "../rules/rejection-handling.ts";
import { SearchResultsMarkup, type SortHeaderCell } from "./search-results-markup.tsx";

/** Seed 001's columns; those with a key sort the list (a second click reverses the order). */
const COLUMNS: { label: string; sort?: SortKey }[] = [
  { label: "Date de dépôt", sort: "depot" },
  { label: "Destinataires", sort: "destinataire" },
  { label: "Type" },
  { label: "Numéro", sort: "numero" },
  { label: "Etat Courant", sort: "etat" },
  { label: "Date de l'état courant", sort: "dateEtat" },
  { label: "Montant TTC", sort: "montant" },
  { label: "Actions" },
];

/** Dates and amounts first from the latest / largest; texts in alphabetical order. */
const FIRST_ORDER: Record<SortKey, "asc" | "desc"> = { depot: "desc", dateEtat: "desc", montant: "desc", numero: "asc", destinataire: "asc", etat: "asc" };

/** A column's header: a sort link for a sortable one (its direction said to screen readers). */
function headerCell(label: string, sort: SortKey | undefined, criteria: SearchCriteria): SortHeaderCell {
  if (!sort) return { label };
  const current = criteria.tri === sort;
  const next = current ? (criteria.ordre === "asc" ? "desc" : "asc") : FIRST_ORDER[sort];
  return {
    label,
    href: `/factures-emises/rechercher?${criteriaToSearchParams(criteria, { tri: sort, ordre: next, page: 1 })}`,
    ariaSort: current ? (criteria.ordre === "asc" ? "ascending" : "descending") : undefined,
    arrow: current ? (criteria.ordre === "asc" ? " ↑" : " ↓") : undefined,
    sortText: ` — trier ${next === "asc" ? "par ordre croissant" : "par ordre décroissant"}`,
  };
}

/** The invoices found, one page, with sortable columns (the cells written here, the markup a client component's). */
export function SearchResultsTable({ rows, criteria }: { rows: SupplierInvoiceRow[]; criteria: SearchCriteria }) {
  return (
    <SearchResultsMarkup
      headers={COLUMNS.map((column) => headerCell(column.label, column.sort, criteria))}
      rows={rows.map((row) => ({
        id: row.id,
        depot: formatDay(row.depositDate),
        recipient: row.recipientName,
        type: INVOICE_TYPE_LABELS[row.type],
        number: row.number,
        status: INVOICE_STATUS_LABELS[row.status],
        motif: row.motif || undefined,
        handled: row.rejectionHandled ? rejectionHandledText(row.rejectionHandled.at, row.rejectionHandled.by) : undefined,
        dateEtat: formatDay(row.statusChangedAt),
        amount: `${formatAmount(row.totalGross)}${row.currency !== "EUR" ? ` ${row.currency}` : ""}`,
      }))}
    />
  );
}
