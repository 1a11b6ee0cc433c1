"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import { initialActionState, type ActionState } from "@/lib/action-state.ts";
import { acknowledgeRejectionAction } from "../actions.ts";
import { WaitingReasonCallout, type WaitingReason } from "./waiting-reason.tsx";

/**
 * « Traiter le rejet »: on a rejected invoice not yet handled, the supplier reads the motif and acknowledges it; the
 * invoice then leaves the factures à traiter (it stays in Rechercher).
 */
export function AcknowledgeRejectionForm({ invoiceId, reason }: { invoiceId: string; reason: WaitingReason }) {
  const [state, formAction, pending] = useActionState((_previous: ActionState) => acknowledgeRejectionAction(invoiceId), initialActionState);
  return (
    <section aria-labelledby="titre-rejet" className="fr-mt-3w fr-p-3w fr-background-alt--blue-france">
      <h2 id="titre-rejet" className="fr-h4">
        Facture rejetée
      </h2>
      <p className="fr-text--sm">
        Le destinataire a rejeté cette facture : elle ne sera pas payée. Une fois le rejet pris en compte (par exemple en émettant une nouvelle facture
        corrigée), traitez-le : la facture quitte les factures à traiter et reste consultable dans Rechercher.
      </p>
      <WaitingReasonCallout reason={reason} title="Rejet par le destinataire" />
      <div role="status" aria-live="polite">
        {state.message && <Alert className="fr-mb-3w" severity="error" small description={state.message} />}
      </div>
      <form action={formAction} aria-busy={pending}>
        <Button type="submit" iconId="fr-icon-check-line" disabled={pending}>
          Traiter le rejet
        </Button>
      </form>
    </section>
  );
}
