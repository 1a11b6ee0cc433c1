import Link from "next/link";
import { formatAmount, formatDay, formatDayAndTime } from "@/features/invoices/common/ui.ts";
import type { WorksDocumentRow } from "../data/works-document-rows.ts";
import { WORKS_DOCUMENT_TYPE_LABELS } from "../rules/works-cadres.ts";
import { WORKS_STATUS_LABELS } from "../rules/works-labels.ts";

type Props = {
  rows: WorksDocumentRow[];
  /** Where a row's page is: the supplier's « Factures de travaux » or the MOE's and MOA's « Factures de travaux reçues ». */
  basePath: "/factures-travaux" | "/factures-travaux-recues";
  caption: string;
};

/** The works documents of a search: number (its page), type, marché and situation, parties, amount, status, MOE deadline. */
export function WorksDocumentsTable({ rows, basePath, caption }: Props) {
  return (
    <div className="fr-table fr-table--no-caption">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Numéro</th>
            <th scope="col">Type de document</th>
            <th scope="col">Marché / situation</th>
            <th scope="col">Fournisseur</th>
            <th scope="col">Maître d&apos;ouvrage</th>
            <th scope="col">Montant net HT</th>
            <th scope="col">Statut</th>
            <th scope="col">Date limite de la maîtrise d&apos;œuvre</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.invoiceId}>
              <td>
                <Link href={`${basePath}/${row.invoiceId}`} aria-label={`${row.number} : consulter le document`}>
                  {row.number}
                </Link>
                <br />
                <span className="fr-text--xs">{formatDay(row.documentDate)}</span>
              </td>
              <td>{WORKS_DOCUMENT_TYPE_LABELS[row.documentType]}</td>
              <td>
                {row.marketNumber} / n° {row.statementNumber}
              </td>
              <td>{row.supplierName}</td>
              <td>{row.moaName}</td>
              <td>{formatAmount(row.net)} €</td>
              <td>{WORKS_STATUS_LABELS[row.status]}</td>
              <td>
                {row.moeDeadline ? (
                  row.overdue ? (
                    <span className="fr-badge fr-badge--sm fr-badge--error">Dépassée : {formatDayAndTime(row.moeDeadline)}</span>
                  ) : (
                    formatDayAndTime(row.moeDeadline)
                  )
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
