"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionForm } from "@/components/forms/action-form.ts";
import { closeSollicitationAction, takeSollicitationInChargeAction } from "../actions.ts";

/** "Prendre en charge" (the addressee) or "Clôturer" (the author): one button, its refusal beside it. */
export function MoveButton({ sollicitationId, move }: { sollicitationId: string; move: { kind: "PRENDRE_EN_CHARGE"; viewpoint: "RECUES" | "SUPPORT" } | { kind: "CLOTURER" } }) {
  const { state, pending, onSubmit } = useActionForm(() =>
    move.kind === "CLOTURER" ? closeSollicitationAction(sollicitationId) : takeSollicitationInChargeAction(sollicitationId, move.viewpoint),
  );
  return (
    <form onSubmit={onSubmit} className="fr-mb-2w" aria-busy={pending}>
      {state.message && !state.ok && <Alert className="fr-mb-2w" severity="error" small description={state.message} />}
      <Button type="submit" priority="secondary" iconId={move.kind === "CLOTURER" ? "fr-icon-close-circle-line" : "fr-icon-user-line"} disabled={pending}>
        {move.kind === "CLOTURER" ? "Clôturer" : "Prendre en charge"}
      </Button>
    </form>
  );
}
