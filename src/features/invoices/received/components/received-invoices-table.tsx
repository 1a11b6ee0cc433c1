"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import { useState } from "react";
import { useInBrowser } from "@/components/use-in-browser.ts";
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { formatAmount, formatDay, INVOICE_STATUS_LABELS } from "@/features/invoices/common/ui.ts";
import type { SelectionActionState } from "../actions.ts";
import { RECIPIENT_ACTION_LABELS, RECIPIENT_ACTIONS, recipientActionsFor } from "../rules/recipient-moves.ts";
import { MAX_ZIP_INVOICES } from "../rules/received-zip.ts";
import { RecipientActionDialog, recipientActionDialogs } from "./recipient-action-dialog.tsx";

export type ReceivedTableRow = {
  id: string;
  number: string;
  supplierName: string;
  invoiceDate: Date | null;
  depositDate: Date | null;
  service: string;
  status: InvoiceStatus;
  totalGross: string;
  /** « Échéance »: the due day and the days left or late; empty without a délai. */
  paymentDeadline?: string;
  /** False when the user only reads this invoice (consultation of « Factures reçues » for its service). */
  mayModify?: boolean;
};

function SelectionCheckbox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="fr-checkbox-group fr-checkbox-group--sm">
      <input type="checkbox" id={id} checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label className="fr-label" htmlFor={id}>
        <span className="fr-sr-only">{label}</span>
      </label>
    </div>
  );
}

/** The ZIP of the checked invoices: each one's file, its attachments and index.csv. */
const selectionZipHref = (invoiceIds: string[]) => `/factures-recues/telecharger?${new URLSearchParams(invoiceIds.map((id) => ["facture", id]))}`;

type Props = {
  rows: ReceivedTableRow[];
  serverAction: (state: SelectionActionState, formData: FormData) => Promise<SelectionActionState>;
};

/**
 * The received invoices of the page, a checkbox per row, and « Actions sur la sélection » (each through its dialog).
 * A row the user only reads (consultation) has no checkbox; with none to act on, neither the column nor the actions show.
 */
export function ReceivedInvoicesTable({ rows, serverAction }: Props) {
  const selectable = rows.filter((row) => row.mayModify !== false);
  const mayModify = selectable.length > 0;
  const [selected, setSelected] = useState<string[]>([]);
  const [result, setResult] = useState<SelectionActionState>();
  const inBrowser = useInBrowser();
  const shown = selected.filter((id) => selectable.some((row) => row.id === id));
  const chosen = selectable.filter((row) => shown.includes(row.id));
  const allChecked = mayModify && shown.length === selectable.length;
  const toggle = (id: string, checked: boolean) => setSelected((current) => (checked ? [...current, id] : current.filter((other) => other !== id)));
  const numberOf = (invoiceId: string) => rows.find((row) => row.id === invoiceId)?.number ?? invoiceId;
  const subject = `${chosen.length} ${chosen.length > 1 ? "factures sélectionnées" : "facture sélectionnée"}`;

  const onResult = (state: SelectionActionState) => {
    setResult(state);
    // What moved leaves the selection; what was refused stays selected, to be looked at.
    if (state.refused) setSelected(state.refused.map((refused) => refused.invoiceId));
    else if (state.ok) setSelected([]);
  };

  return (
    <>
      <div aria-live="polite">
        {result?.message && (
          <Alert
            className="fr-mb-2w"
            small
            severity={result.ok ? "success" : result.refused ? "warning" : "error"}
            description={
              <>
                {result.message}
                {result.refused && (
                  <ul>
                    {result.refused.map((refused) => (
                      <li key={refused.invoiceId}>
                        Facture n° {numberOf(refused.invoiceId)} : {refused.message}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            }
          />
        )}
      </div>
      <Table
        caption="Liste des factures reçues"
        headers={[
          ...(mayModify
            ? [
                <SelectionCheckbox
                  key="tout"
                  id="selection-toutes-factures"
                  label="Sélectionner toutes les factures de la page"
                  checked={allChecked}
                  onChange={(checked) => setSelected(checked ? selectable.map((row) => row.id) : [])}
                />,
              ]
            : []),
          "Fournisseur",
          "Numéro de facture",
          "Date de facture",
          "Date de dépôt",
          "Service",
          "Statut",
          "Échéance",
          "Montant TTC",
          "Actions",
        ]}
        data={rows.map((row) => [
          ...(!mayModify
            ? []
            : row.mayModify === false
              ? [""]
              : [<SelectionCheckbox key="selection" id={`selection-${row.id}`} label={`Sélectionner la facture ${row.number}`} checked={shown.includes(row.id)} onChange={(checked) => toggle(row.id, checked)} />]),
          row.supplierName,
          row.number,
          formatDay(row.invoiceDate),
          formatDay(row.depositDate),
          row.service,
          INVOICE_STATUS_LABELS[row.status],
          row.paymentDeadline ?? "",
          formatAmount(row.totalGross),
          <Link key="consulter" className="fr-link" href={`/factures-recues/${row.id}`}>
            Consulter<span className="fr-sr-only"> la facture {row.number}</span>
          </Link>,
        ])}
      />
      {mayModify && (
        <section aria-labelledby="titre-actions-selection" className="fr-mb-3w">
          <h2 id="titre-actions-selection" className="fr-h5 fr-mb-1w">
            Actions sur la sélection
          </h2>
          <p className="fr-text--sm fr-mb-1w">
            {chosen.length === 0 ? "Cochez les factures à traiter ensemble." : `${subject}. Chaque facture est traitée séparément : celles dont l'état ne le permet pas sont signalées.`}
          </p>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
            <li>
              {chosen.length === 0 || chosen.length > MAX_ZIP_INVOICES ? (
                <Button type="button" priority="tertiary" iconId="fr-icon-download-line" disabled>
                  Télécharger la sélection (ZIP)
                </Button>
              ) : (
                <Button priority="tertiary" iconId="fr-icon-download-line" linkProps={{ href: selectionZipHref(chosen.map((row) => row.id)), download: true }}>
                  Télécharger la sélection (ZIP)
                </Button>
              )}
            </li>
            {RECIPIENT_ACTIONS.map((action) => (
              <li key={action}>
                <Button
                  type="button"
                  priority="secondary"
                  disabled={!chosen.some((row) => recipientActionsFor(row.status).includes(action))}
                  nativeButtonProps={recipientActionDialogs[action].buttonProps}
                >
                  {RECIPIENT_ACTION_LABELS[action]}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* The actions' dialogs open from the buttons above, enabled only once invoices are checked, which takes
          JavaScript: they come with the page in the browser (the DSFR binds a modal added later to its button), not
          in the server's HTML, where the eight of them were 15 KB of the list's 36 KB (decision 0025). */}
      {mayModify &&
        inBrowser &&
        RECIPIENT_ACTIONS.map((action) => (
          <RecipientActionDialog key={action} action={action} subject={subject} serverAction={serverAction} extraFields={{ invoiceIds: shown }} onResult={onResult} />
        ))}
    </>
  );
}
