"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import { initialActionState } from "@/lib/action-state.ts";
import { revokeMandateAction } from "../actions.ts";

export function RevokeMandateForm({ structureId, mandateId, cancelHref }: { structureId: string; mandateId: string; cancelHref: string }) {
  const [state, action, pending] = useActionState(revokeMandateAction, initialActionState);
  return (
    <form action={action}>
      {state.message && <Alert className="fr-mb-3w" severity="error" small description={state.message} />}
      <input type="hidden" name="structureId" value={structureId} />
      <input type="hidden" name="mandateId" value={mandateId} />
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={pending}>
            Confirmer la révocation
          </Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ href: cancelHref }}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
