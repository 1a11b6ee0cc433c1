"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { startTransition, useActionState, type FormEvent } from "react";
import { initialActionState } from "@/lib/action-state.ts";
import type { SecretState } from "../actions.ts";
import { SecretOnce } from "./secret-once.tsx";

/**
 * One action on a row of a Raccordements table (désactiver, réactiver, renouveler le secret, révoquer): posts the
 * row's hidden fields; the outcome is shown beside the button, with the new secret when the action made one.
 * `confirmation`: asked first, for what cannot be undone.
 */
export function RowActionForm(props: {
  action: (state: SecretState, formData: FormData) => Promise<SecretState>;
  fields: Record<string, string>;
  label: string;
  ariaLabel: string;
  confirmation?: string;
}) {
  const [state, dispatch, pending] = useActionState<SecretState, FormData>(props.action, initialActionState);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (props.confirmation && !window.confirm(props.confirmation)) return;
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return (
    <form onSubmit={onSubmit}>
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" size="small" priority="tertiary" disabled={pending} nativeButtonProps={{ "aria-label": props.ariaLabel }}>
        {props.label}
      </Button>
      {state.message && (
        <p className={state.ok ? "fr-valid-text" : "fr-error-text"} role="status">
          {state.message}
        </p>
      )}
      {state.ok && state.secret && <SecretOnce title="Nouveau secret" clientId={state.secret.clientId} secret={state.secret.value} />}
    </form>
  );
}
