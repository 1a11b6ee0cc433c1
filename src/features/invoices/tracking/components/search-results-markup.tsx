"use client";
import Link from "next/link";

/** A sortable column's header, as the server worked it out (search-results-table.tsx). */
export type SortHeaderCell = { label: string; href?: string; ariaSort?: "ascending" | "descending"; arrow?: string; sortText?: string };
/** One invoice found, its cells already written as the table shows them. */
export type SearchResultCells = { id: string; depot: string; recipient: string; type: string; number: string; status: string; motif?: string; handled?: string; dateEtat: string; amount: string };

/**
 * The markup of the invoices found (search-results-table.tsx). A client component: the page carries these cells for
 * hydration, not the table's tree (decision 0025, fourth pass); the HTML is the same.
 */
export function SearchResultsMarkup({ headers, rows }: { headers: SortHeaderCell[]; rows: SearchResultCells[] }) {
  return (
    <div className="fr-table fr-table--layout-fixed">
      <table>
        <caption className="fr-sr-only">Factures trouvées</caption>
        <thead>
          <tr>
            {headers.map((header) =>
              header.href ? (
                <th key={header.label} scope="col" aria-sort={header.ariaSort}>
                  <Link href={header.href} className="fr-link">
                    {header.label}
                    {header.arrow && <span aria-hidden="true">{header.arrow}</span>}
                    <span className="fr-sr-only">{header.sortText}</span>
                  </Link>
                </th>
              ) : (
                <th key={header.label} scope="col">
                  {header.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.depot}</td>
              <td>{row.recipient}</td>
              <td>{row.type}</td>
              <td>{row.number}</td>
              <td>
                {row.status}
                {row.motif && <span className="fr-hint-text">Motif : {row.motif}</span>}
                {row.handled && <span className="fr-hint-text">{row.handled}</span>}
              </td>
              <td>{row.dateEtat}</td>
              <td>{row.amount}</td>
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
