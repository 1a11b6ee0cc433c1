"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import { initialActionState } from "@/lib/action-state.ts";
import { removeSecurityKeyAction } from "../actions.ts";

export function RemoveSecurityKeyButton({ keyId, name }: { keyId: string; name: string }) {
  const [state, action, pending] = useActionState(removeSecurityKeyAction.bind(null, keyId), initialActionState);
  return (
    <form action={action}>
      {!state.ok && state.message && (
        <p className="fr-error-text" role="alert">
          {state.message}
        </p>
      )}
      <Button type="submit" size="small" priority="tertiary" disabled={pending} nativeButtonProps={{ "aria-label": `Supprimer la clé ${name}` }}>
        Supprimer
      </Button>
    </form>
  );
}
