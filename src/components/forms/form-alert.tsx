import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ActionState } from "@/lib/action-state.ts";

/** The form's overall outcome: the error summary, or the success message. */
export function FormAlert({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return <Alert className="fr-mb-3w" severity={state.ok ? "success" : "error"} small description={state.message} />;
}
