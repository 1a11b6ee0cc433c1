"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { useActionState } from "react";
import { initialActionState } from "@/lib/action-state.ts";
import { answerInvitationAction } from "../actions.ts";

export type InvitationRow = { id: string; identifier: string; designation: string; role: string; services: string; espaces: string };

/** The invitations a gestionnaire sent to the user: each one « Accepter » or « Décliner ». They grant nothing before. */
export function InvitationAnswerForms({ rows }: { rows: InvitationRow[] }) {
  const [state, formAction, pending] = useActionState(answerInvitationAction, initialActionState);
  return (
    <>
      {state.message && <Alert className="fr-mb-2w" severity={state.ok ? "success" : "error"} small description={state.message} />}
      {rows.length > 0 && (
        <Table
          caption="Invitations à rejoindre une structure"
          headers={["Identifiant Structure", "Désignation", "Rôle proposé", "Services", "Espaces", "Réponse"]}
          data={rows.map((row) => [
            row.identifier,
            row.designation,
            row.role,
            row.services,
            row.espaces,
            <form key="reponse" action={formAction} className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
              <input type="hidden" name="rattachementId" value={row.id} />
              <Button type="submit" size="small" disabled={pending} nativeButtonProps={{ name: "answer", value: "accepter" }}>
                Accepter
              </Button>
              <Button type="submit" size="small" priority="secondary" disabled={pending} nativeButtonProps={{ name: "answer", value: "decliner" }}>
                Décliner
              </Button>
            </form>,
          ])}
        />
      )}
    </>
  );
}
