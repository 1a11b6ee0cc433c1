"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";

export const deleteInvoiceDialog = createModal({ id: "confirmation-suppression-facture", isOpenedByDefault: false });

type Props = {
  /** Set once the draft is saved: Dupliquer and Supprimer need it. */
  saved: boolean;
  pending: boolean;
  onNew: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onSave: () => void;
  onSend: () => void;
};

/** The seed's button bar: Saisir une nouvelle facture, Dupliquer, Supprimer (a draft, after confirmation), Enregistrer, Valider et envoyer. */
export function InvoiceActionsBar({ saved, pending, onNew, onDuplicate, onDelete, onSave, onSend }: Props) {
  return (
    <>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mt-4w">
        <li>
          <Button type="button" priority="tertiary" iconId="fr-icon-file-add-line" onClick={onNew}>
            Saisir une nouvelle facture
          </Button>
        </li>
        <li>
          <Button type="button" priority="tertiary" iconId="ri-file-copy-line" disabled={!saved || pending} onClick={onDuplicate}>
            Dupliquer
          </Button>
        </li>
        <li>
          <Button type="button" priority="tertiary" iconId="fr-icon-delete-line" disabled={!saved || pending} nativeButtonProps={deleteInvoiceDialog.buttonProps}>
            Supprimer
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" iconId="fr-icon-save-line" disabled={pending} onClick={onSave}>
            Enregistrer
          </Button>
        </li>
        <li>
          <Button type="button" iconId="fr-icon-check-line" disabled={pending} onClick={onSend}>
            Valider et envoyer
          </Button>
        </li>
      </ul>
      <deleteInvoiceDialog.Component
        title="Supprimer la facture"
        buttons={[
          { children: "Annuler", priority: "secondary" },
          { children: "Supprimer la facture", onClick: onDelete },
        ]}
      >
        <p>La facture en brouillon, ses lignes et ses pièces jointes seront supprimées définitivement.</p>
      </deleteInvoiceDialog.Component>
    </>
  );
}
