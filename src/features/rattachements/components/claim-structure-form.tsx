"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { claimStructureAction } from "../actions.ts";
import { CLAIM_DOCUMENT_HINT, CLAIM_JUSTIFICATION_MAX } from "../schemas/claim.ts";
import { useActionForm } from "@/components/forms/action-form.ts";

/** The justification and supporting document sent to the platform's administration, for a structure without gestionnaire. */
export function ClaimStructureForm({ structureId }: { structureId: string }) {
  // Submitted from onSubmit (see useActionForm): what the user typed stays when the server sends errors back.
  const { state, pending, onSubmit } = useActionForm(claimStructureAction);
  const justificationError = state.fieldErrors?.justification?.[0];
  const documentError = state.fieldErrors?.document?.[0];
  const otherError = state.message && !justificationError && !documentError ? state.message : undefined;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="titre-justification">
      <h2 id="titre-justification" className="fr-h5">
        Justification de votre demande
      </h2>
      {otherError && <Alert className="fr-mb-2w" severity="error" small description={otherError} />}
      <input type="hidden" name="structureId" value={structureId} />
      <Input
        label="Justification *"
        hintText="Votre fonction dans la structure et ce qui vous habilite à la représenter sur le portail (délégation, arrêté de nomination…)."
        textArea
        state={justificationError ? "error" : "default"}
        stateRelatedMessage={justificationError}
        nativeTextAreaProps={{ name: "justification", rows: 5, maxLength: CLAIM_JUSTIFICATION_MAX }}
      />
      <div className={`fr-upload-group fr-mb-3w${documentError ? " fr-input-group--error" : ""}`}>
        <label className="fr-label" htmlFor="justificatif">
          Pièce justificative<span className="fr-hint-text">Facultative. {CLAIM_DOCUMENT_HINT}.</span>
        </label>
        <input
          className="fr-upload"
          type="file"
          id="justificatif"
          name="document"
          accept="application/pdf,image/png,image/jpeg"
          aria-describedby={documentError ? "justificatif-erreur" : undefined}
        />
        {documentError && (
          <p id="justificatif-erreur" className="fr-error-text">
            {documentError}
          </p>
        )}
      </div>
      <Button type="submit" disabled={pending}>
        Transmettre la demande à l&apos;administration
      </Button>
    </form>
  );
}
