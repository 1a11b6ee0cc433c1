"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import { type FormAction, useActionForm } from "@/components/forms/action-form.ts";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { RowSelectionCheckbox } from "@/components/row-selection-checkbox.tsx";

export type StructureUserRow = {
  id: string;
  nom: string;
  prenom: string;
  contact: string;
  role: string;
  status: string;
  reactivatedAt: string;
  lastLoginAt: string;
  editHref: string;
};

/** "Utilisateurs rattachés à la structure", with the actions on the selected users. */
export function StructureUsersTable({ rows, attachHref, action }: { rows: StructureUserRow[]; attachHref: string; action: FormAction }) {
  const { state, pending, onSubmit, errorOf } = useActionForm(action);
  const error = errorOf("rattachementIds").stateRelatedMessage;
  return (
    <form onSubmit={onSubmit} aria-label="Utilisateurs rattachés à la structure">
      <FormAlert state={state} />
      <Table
        noCaption
        headers={["Nom", "Prénom", "Adresse de contact", "Rôle", "Statut", "Date de réactivation", "Date dernière connexion", "Actions", "Sélection"]}
        data={rows.map((row) => [
          row.nom,
          row.prenom,
          row.contact,
          row.role,
          row.status,
          row.reactivatedAt,
          row.lastLoginAt,
          <Link key="modifier" href={row.editHref} className="fr-link" aria-label={`Modifier ${row.prenom} ${row.nom}`}>
            Modifier
          </Link>,
          <RowSelectionCheckbox key="selection" name="rattachementIds" value={row.id} label={`Sélectionner ${row.prenom} ${row.nom}`} />,
        ])}
      />
      {error && <p className="fr-error-text fr-mb-2w">{error}</p>}
      <div className="fr-btns-group fr-btns-group--inline">
        <Link className="fr-btn fr-btn--secondary" href={attachHref}>
          + Rattacher un utilisateur
        </Link>
        <Button type="submit" priority="tertiary" disabled={pending} nativeButtonProps={{ name: "operation", value: "desactiver" }}>
          Désactiver des utilisateurs
        </Button>
        <Button type="submit" priority="tertiary" disabled={pending} nativeButtonProps={{ name: "operation", value: "reactiver" }}>
          Réactiver des utilisateurs
        </Button>
        <Button type="submit" priority="tertiary" disabled={pending} nativeButtonProps={{ name: "operation", value: "supprimer" }}>
          Supprimer les utilisateurs sélectionnés
        </Button>
      </div>
    </form>
  );
}
