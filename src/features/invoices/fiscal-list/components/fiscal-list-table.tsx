import Link from "next/link";
import { formatAmount, formatDay } from "@/features/invoices/common/ui.ts";
import { FISCAL_LIST_HEADERS, typeLabel, type FiscalListRow } from "../rules/fiscal-list-row.ts";

/** One page of the « Liste fiscale »: the columns of the exports, amounts signed (an avoir negative). */
export function FiscalListTable({ rows }: { rows: FiscalListRow[] }) {
  return (
    <div className="fr-table fr-table--no-caption">
      <table>
        <caption>Factures émises sous mandat sur la période</caption>
        <thead>
          <tr>
            {FISCAL_LIST_HEADERS.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.invoiceId}>
              <td>
                <Link href={`/factures-emises/${row.invoiceId}`}>{row.number}</Link>
              </td>
              <td>{formatDay(row.invoiceDate)}</td>
              <td>{formatDay(row.sentAt)}</td>
              <td>{row.recipientName}</td>
              <td>{row.recipientIdentifier}</td>
              <td>{typeLabel(row.type)}</td>
              <td className="fr-cell--right">{formatAmount(row.totalNet)}</td>
              <td className="fr-cell--right">{formatAmount(row.totalVat)}</td>
              <td className="fr-cell--right">{formatAmount(row.totalGross)}</td>
              <td>{row.currency}</td>
              <td>{row.mandate?.libelle ?? "—"}</td>
              <td>
                <code className="fr-text--xs" style={{ wordBreak: "break-all" }}>
                  {row.sha256}
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
