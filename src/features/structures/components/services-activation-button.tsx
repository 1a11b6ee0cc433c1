"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { type FormAction, useStructureForm } from "./structure-page-action-form.ts";

/** "Désactiver" / "Réactiver" one service; a refusal is shown beside the button. */
export function ServicesActivationButton({ service, action }: { service: { id: string; code: string; actif: boolean }; action: FormAction }) {
  const { state, pending, onSubmit } = useStructureForm(action);
  const label = service.actif ? "Désactiver" : "Réactiver";
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="serviceId" value={service.id} />
      {!service.actif && <input type="hidden" name="actif" value="on" />}
      <Button type="submit" size="small" priority="tertiary" disabled={pending} nativeButtonProps={{ "aria-label": `${label} le service ${service.code}` }}>
        {label}
      </Button>
      {state.message && (
        <p className={state.ok ? "fr-valid-text" : "fr-error-text"} role="status">
          {state.message}
        </p>
      )}
    </form>
  );
}
