"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import { useActionState } from "react";
import { initialActionState } from "@/lib/action-state.ts";
import { removeOwnRattachementsAction } from "../actions.ts";
import { RowSelectionCheckbox } from "@/components/row-selection-checkbox.tsx";

export type RattachementRow = {
  id: string;
  identifier: string;
  designation: string;
  role: string;
  services: string;
  status: string;
  manageHref: string | null;
};

/** The user's rattachements, each selectable for "Supprimer rattachements". */
export function RattachementListForm({ rows }: { rows: RattachementRow[] }) {
  const [state, formAction, pending] = useActionState(removeOwnRattachementsAction, initialActionState);
  return (
    <form action={formAction}>
      {state.message && <Alert className="fr-mb-2w" severity={state.ok ? "success" : "error"} small description={state.message} />}
      {rows.length === 0 ? (
        <p>Vous n&apos;êtes rattaché à aucune structure.</p>
      ) : (
        <Table
          headers={["Identifiant Structure", "Désignation", "Rôle", "Services", "Statut", "Actions", "Sélection"]}
          data={rows.map((row) => [
            row.identifier,
            row.designation,
            row.role,
            row.services,
            row.status,
            row.manageHref ? (
              <Link key="actions" className="fr-link" href={row.manageHref}>
                Gérer la structure<span className="fr-sr-only"> {row.designation}</span>
              </Link>
            ) : (
              ""
            ),
            <RowSelectionCheckbox key="selection" name="rattachementIds" value={row.id} label={`Sélectionner le rattachement à ${row.designation}`} />,
          ])}
        />
      )}
      {rows.length > 0 && (
        <Button type="submit" priority="secondary" iconId="fr-icon-delete-line" iconPosition="left" disabled={pending}>
          Supprimer rattachements
        </Button>
      )}
    </form>
  );
}
