"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { useActionState } from "react";
import { initialActionState } from "@/lib/action-state.ts";
import { signMandateAction } from "../actions.ts";

export function SignMandateForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(signMandateAction, initialActionState);
  const error = state.fieldErrors?.conditionsAccepted?.[0];
  return (
    <form action={action} noValidate>
      {state.message && !error && <Alert className="fr-mb-3w" severity="error" small description={state.message} />}
      <input type="hidden" name="token" value={token} />
      <Checkbox
        state={error ? "error" : "default"}
        stateRelatedMessage={error}
        options={[
          {
            label: "Je confirme avoir pris connaissance du mandat ainsi que des conditions générales d'utilisation du portail",
            nativeInputProps: { name: "conditionsAccepted", value: "on", required: true },
          },
        ]}
      />
      <Button type="submit" disabled={pending}>
        Valider le mandat
      </Button>
    </form>
  );
}
