import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import { CADRE_LABELS, formatAmount, formatDay, formatDayAndTime, INVOICE_STATUS_LABELS } from "@/features/invoices/common/ui.ts";
import type { InvoiceToValidateRow } from "../use-cases/list-invoices-to-validate.ts";
import { VALIDATION_STATE_LABELS, VALIDATION_STATES, validationListHref, type ValidationState } from "../rules/validation-list.ts";

/** « Toutes », « À valider », « Validées », « Refusées »: links that filter the list (the current one marked). */
export function ValidationStateFilter({ current }: { current: ValidationState | undefined }) {
  const entries: [ValidationState | undefined, string][] = [[undefined, "Toutes"], ...VALIDATION_STATES.map((state): [ValidationState, string] => [state, VALIDATION_STATE_LABELS[state]])];
  return (
    <nav aria-label="Filtrer les factures par décision" className="fr-mb-2w">
      <ul className="fr-tags-group">
        {entries.map(([state, label]) => (
          <li key={label}>
            <Link className="fr-tag" href={validationListHref({ etat: state })} aria-current={state === current ? "page" : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The invoices submitted to the user's structures: the seed's columns, the number opening the invoice's page. */
export function InvoicesToValidateTable({ rows }: { rows: InvoiceToValidateRow[] }) {
  return (
    <Table
      caption="Liste des factures à valider"
      headers={["Fournisseur", "Numéro", "Cadre", "Date de dépôt", "Montant TTC", "Statut", "Date limite de validation"]}
      data={rows.map((row) => [
        <>
          {row.supplierName}
          <br />
          <span className="fr-text--xs">{row.supplierIdentifier}</span>
        </>,
        <Link key="numero" className="fr-link" href={`/factures-a-valider/${row.id}`}>
          {row.number}
          <span className="fr-sr-only"> : consulter la facture</span>
        </Link>,
        <abbr key="cadre" title={CADRE_LABELS[row.cadre]}>
          {row.cadre}
        </abbr>,
        formatDay(row.depositDate),
        `${formatAmount(row.totalGross)} ${row.currency}`,
        INVOICE_STATUS_LABELS[row.status],
        row.validationDeadline ? formatDayAndTime(row.validationDeadline) : "",
      ])}
    />
  );
}
