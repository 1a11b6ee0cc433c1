"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionForm } from "@/components/forms/action-form.ts";
import { closeEngagementAction } from "../actions.ts";

/** « Clôturer » one open engagement; its error (already closed…) next to the button. */
export function CloseEngagementButton({ engagementId, number }: { engagementId: string; number: string }) {
  const { state, pending, onSubmit } = useActionForm(closeEngagementAction);
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="engagementId" value={engagementId} />
      <Button type="submit" priority="secondary" size="small" disabled={pending} title={`Clôturer l'engagement ${number}`}>
        Clôturer
      </Button>
      {!state.ok && state.message ? <p className="fr-error-text">{state.message}</p> : null}
    </form>
  );
}
