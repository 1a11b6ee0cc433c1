"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import type { Espace } from "@/generated/prisma/enums.ts";
import { ESPACE_LABELS } from "../rules/espaces.ts";
import { type FormAction, useActionForm } from "@/components/forms/action-form.ts";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { RowSelectionCheckbox } from "@/components/row-selection-checkbox.tsx";

export type EspaceRow = { id: string; service: { code: string; libelle: string } | null; espace: Espace; consultation: boolean; modification: boolean };

function statusLabel(row: EspaceRow) {
  const rights = [row.consultation && "consultation", row.modification && "modification"].filter(Boolean).join(" et ");
  return rights ? `Active (${rights})` : "Inactive";
}

/** "Espaces": what the structure opens, for all its services or one; the selected rows can be removed. */
export function EspacesTable({ rows, addHref, removeAction }: { rows: EspaceRow[]; addHref: string; removeAction: FormAction }) {
  const { state, pending, onSubmit, errorOf } = useActionForm(removeAction);
  const error = errorOf("espaceIds").stateRelatedMessage;
  return (
    <form onSubmit={onSubmit} aria-label="Espaces de la structure">
      <FormAlert state={state} />
      {rows.length === 0 ? (
        <p>Aucun espace n&apos;est ouvert à la structure.</p>
      ) : (
        <Table
          noCaption
          headers={["Service", "Espace", "Statut", "Actions"]}
          data={rows.map((row) => {
            const service = row.service ? `${row.service.code} - ${row.service.libelle}` : "Tous les services";
            return [
              service,
              ESPACE_LABELS[row.espace],
              statusLabel(row),
              <RowSelectionCheckbox key="selection" name="espaceIds" value={row.id} label={`Sélectionner l'espace ${ESPACE_LABELS[row.espace]} (${service})`} />,
            ];
          })}
        />
      )}
      {error && <p className="fr-error-text fr-mb-2w">{error}</p>}
      <div className="fr-btns-group fr-btns-group--inline">
        <Link className="fr-btn fr-btn--secondary" href={addHref}>
          + Ajouter des espaces
        </Link>
        <Button type="submit" priority="tertiary" disabled={pending || rows.length === 0}>
          Supprimer des espaces
        </Button>
      </div>
    </form>
  );
}
