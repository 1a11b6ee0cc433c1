"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import { regenerateRecoveryCodesAction, type TwoFactorState } from "../actions.ts";
import { RecoveryCodesList } from "./recovery-codes-list.tsx";

export function RegenerateRecoveryCodesForm() {
  const [state, action, pending] = useActionState<TwoFactorState, FormData>(regenerateRecoveryCodesAction, { ok: false });
  return (
    <form action={action}>
      {state.message && <Alert className="fr-mb-3w" severity={state.ok ? "success" : "error"} small description={state.message} />}
      {state.recoveryCodes && <RecoveryCodesList codes={state.recoveryCodes} />}
      <Button type="submit" priority="secondary" disabled={pending}>
        Générer de nouveaux codes de secours
      </Button>
    </form>
  );
}
