import Link from "next/link";
import { formatAmount, formatDay, INVOICE_STATUS_LABELS, INVOICE_TYPE_LABELS } from "@/features/invoices/common/ui.ts";
import { criteriaToSearchParams, type SearchCriteria, type SortKey } from "../rules/search-criteria.ts";
import type { SupplierInvoiceRow } from "../data/supplier-invoice-search.ts";
import { rejectionHandledText } from "../rules/rejection-handling.ts";

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

function SortHeader({ label, sort, criteria }: { label: string; sort: SortKey; criteria: SearchCriteria }) {
  const current = criteria.tri === sort;
  const next = current ? (criteria.ordre === "asc" ? "desc" : "asc") : FIRST_ORDER[sort];
  const href = `/factures-emises/rechercher?${criteriaToSearchParams(criteria, { tri: sort, ordre: next, page: 1 })}`;
  return (
    <th scope="col" aria-sort={current ? (criteria.ordre === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={href} className="fr-link">
        {label}
        {current && <span aria-hidden="true">{criteria.ordre === "asc" ? " ↑" : " ↓"}</span>}
        <span className="fr-sr-only"> — trier {next === "asc" ? "par ordre croissant" : "par ordre décroissant"}</span>
      </Link>
    </th>
  );
}

/** The invoices found, one page, with sortable columns. */
export function SearchResultsTable({ rows, criteria }: { rows: SupplierInvoiceRow[]; criteria: SearchCriteria }) {
  return (
    <div className="fr-table fr-table--layout-fixed">
      <table>
        <caption className="fr-sr-only">Factures trouvées</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) =>
              column.sort ? (
                <SortHeader key={column.label} label={column.label} sort={column.sort} criteria={criteria} />
              ) : (
                <th key={column.label} scope="col">
                  {column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{formatDay(row.depositDate)}</td>
              <td>{row.recipientName}</td>
              <td>{INVOICE_TYPE_LABELS[row.type]}</td>
              <td>{row.number}</td>
              <td>
                {INVOICE_STATUS_LABELS[row.status]}
                {row.motif && <span className="fr-hint-text">Motif : {row.motif}</span>}
                {row.rejectionHandled && <span className="fr-hint-text">{rejectionHandledText(row.rejectionHandled.at, row.rejectionHandled.by)}</span>}
              </td>
              <td>{formatDay(row.statusChangedAt)}</td>
              <td>
                {formatAmount(row.totalGross)}
                {row.currency !== "EUR" ? ` ${row.currency}` : ""}
              </td>
              <td>
                <Link className="fr-link" href={`/factures-emises/${row.id}`}>
                  Consulter<span className="fr-sr-only"> la facture {row.number}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
