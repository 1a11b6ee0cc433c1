"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { initialActionState } from "@/lib/action-state.ts";
import { requestRattachementAction, type RattachementRequestState } from "../actions.ts";
import { claimPath } from "../schemas/rattachement.ts";
import { RowSelectionCheckbox } from "@/components/row-selection-checkbox.tsx";

type Row = { id: string; identifier: string; designation: string; status: string; address: string; ownStatus: string | null };

/** The result's rows, each selectable, and "Demander le rattachement" to the selected structures. */
export function RattachementRequestForm({ headers, rows }: { headers: ReactNode[]; rows: Row[] }) {
  const [state, formAction, pending] = useActionState<RattachementRequestState, FormData>(requestRattachementAction, initialActionState);
  return (
    <form action={formAction}>
      {state.message && (
        <Alert
          className="fr-mb-2w"
          severity={state.ok ? "success" : "error"}
          small
          description={
            <>
              {state.message} {state.ok && !state.claims?.length && <Link href="/mon-compte">Voir mes rattachements</Link>}
              {state.claims && state.claims.length > 0 && (
                <ul>
                  {state.claims.map((claim) => (
                    <li key={claim.structureId}>
                      <Link href={claimPath(claim.structureId)}>Adresser ma demande pour la structure {claim.name} à l&apos;administration</Link>
                    </li>
                  ))}
                </ul>
              )}
            </>
          }
        />
      )}
      <Table
        headers={headers}
        data={rows.map((row) => [
          row.identifier,
          row.designation,
          row.status,
          <details key="actions">
            <summary>
              Consulter<span className="fr-sr-only"> la structure {row.designation}</span>
            </summary>
            <p className="fr-text--sm fr-mb-0">{row.address}</p>
          </details>,
          row.ownStatus ? (
            <span key="selection">Rattachement : {row.ownStatus}</span>
          ) : (
            <RowSelectionCheckbox key="selection" name="structureIds" value={row.id} label={`Sélectionner la structure ${row.designation} (${row.identifier})`} />
          ),
        ])}
      />
      <Button type="submit" disabled={pending}>
        Demander le rattachement
      </Button>
    </form>
  );
}
