"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useActionState } from "react";
import { initialActionState } from "@/lib/action-state.ts";
import { approveClaimAction, refuseClaimAction } from "../actions.ts";

/** « Approuver » (the requester becomes gestionnaire principal) or « Refuser » with a motif sent to the requester. */
export function ClaimDecisionForms({ claimId, canApprove }: { claimId: string; canApprove: boolean }) {
  const [approved, approve, approving] = useActionState(approveClaimAction, initialActionState);
  const [refused, refuse, refusing] = useActionState(refuseClaimAction, initialActionState);
  const motifError = refused.fieldErrors?.motif?.[0];
  return (
    <>
      <form action={approve} aria-labelledby="titre-approuver" className="fr-mb-6w">
        <h2 id="titre-approuver" className="fr-h5">
          Approuver la demande
        </h2>
        <p>Le demandeur devient gestionnaire principal de la structure : il en gère les utilisateurs, les services et les espaces.</p>
        {approved.message && <Alert className="fr-mb-2w" severity="error" small description={approved.message} />}
        <input type="hidden" name="claimId" value={claimId} />
        <Button type="submit" disabled={approving || !canApprove}>
          Approuver
        </Button>
      </form>
      <form action={refuse} aria-labelledby="titre-refuser">
        <h2 id="titre-refuser" className="fr-h5">
          Refuser la demande
        </h2>
        {refused.message && !motifError && <Alert className="fr-mb-2w" severity="error" small description={refused.message} />}
        <input type="hidden" name="claimId" value={claimId} />
        <Input
          label="Motif du refus"
          hintText="Obligatoire : il est envoyé au demandeur."
          textArea
          state={motifError ? "error" : "default"}
          stateRelatedMessage={motifError}
          nativeTextAreaProps={{ name: "motif", rows: 3, maxLength: 1000, required: true }}
        />
        <Button type="submit" priority="secondary" disabled={refusing}>
          Refuser
        </Button>
      </form>
    </>
  );
}
