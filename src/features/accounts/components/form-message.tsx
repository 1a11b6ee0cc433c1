import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ActionState } from "@/lib/action-state.ts";

/** The server's answer above a form: a success, or what went wrong (the details are next to the fields). */
export function FormMessage({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return <Alert className="fr-mb-3w" severity={state.ok ? "success" : "error"} small description={state.message} />;
}
