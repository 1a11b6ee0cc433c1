"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { type FormAction, useActionForm } from "@/components/forms/action-form.ts";

/**
 * "Désactiver" / "Réactiver" one item of the structure's page (a service, a bank account): posts its id under
 * `idField`; the outcome is shown beside the button. `subject` names the item for screen readers ("le service COLLEGE").
 */
export function ActivationButton({ idField, id, actif, subject, action }: { idField: string; id: string; actif: boolean; subject: string; action: FormAction }) {
  const { state, pending, onSubmit } = useActionForm(action);
  const label = actif ? "Désactiver" : "Réactiver";
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name={idField} value={id} />
      {!actif && <input type="hidden" name="actif" value="on" />}
      <Button type="submit" size="small" priority="tertiary" disabled={pending} nativeButtonProps={{ "aria-label": `${label} ${subject}` }}>
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
