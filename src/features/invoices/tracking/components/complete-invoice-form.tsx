"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useActionState, useState } from "react";
import { initialActionState, type ActionState } from "@/lib/action-state.ts";
import { ATTACHMENT_LIMITS_TEXT } from "@/features/invoices/common/ui.ts";
import { COMPLETION_MAX_FILES } from "../schemas.ts";
import { completeInvoiceAction } from "../actions.ts";
import { WaitingReasonCallout, type WaitingReason } from "./waiting-reason.tsx";

/**
 * « Compléter »: on a suspended invoice, the supplier explains (comment) and joins what was missing; the invoice
 * then goes back to the recipient (Complétée).
 */
export function CompleteInvoiceForm({ invoiceId, reason }: { invoiceId: string; reason: WaitingReason }) {
  const [state, formAction, pending] = useActionState(
    (_previous: ActionState, formData: FormData) => completeInvoiceAction(invoiceId, formData),
    initialActionState,
  );
  // Controlled: React resets a form after its action, and a refused completion must keep what was typed.
  const [comment, setComment] = useState("");
  const errorOf = (name: string) => state.fieldErrors?.[name]?.[0];
  const fileError = errorOf("attachments") ?? errorOf("type") ?? errorOf("designation");

  return (
    <section aria-labelledby="titre-completer" className="fr-mt-3w fr-p-3w fr-background-alt--blue-france">
      <h2 id="titre-completer" className="fr-h4">
        Compléter la facture
      </h2>
      <p className="fr-text--sm">
        Le destinataire a suspendu cette facture. Répondez-lui et joignez les pièces demandées : la facture lui revient à l&apos;état « Complétée ».
      </p>
      <WaitingReasonCallout reason={reason} title="Suspension par le destinataire" />
      <div role="status" aria-live="polite">
        {state.message && <Alert className="fr-mb-3w" severity="error" small description={state.message} />}
      </div>
      <form action={formAction} noValidate aria-busy={pending}>
        <Input
          label="Commentaire *"
          textArea
          state={errorOf("comment") ? "error" : "default"}
          stateRelatedMessage={errorOf("comment")}
          nativeTextAreaProps={{ name: "comment", rows: 4, maxLength: 2000, required: true, value: comment, onChange: (event) => setComment(event.target.value) }}
        />
        <div className={`fr-upload-group fr-mb-3w${fileError ? " fr-input-group--error" : ""}`}>
          <label className="fr-label" htmlFor="completer-fichiers">
            Pièces jointes complémentaires
            <span className="fr-hint-text">
              {COMPLETION_MAX_FILES} fichiers au plus ; {ATTACHMENT_LIMITS_TEXT}.
            </span>
          </label>
          <input
            className="fr-upload"
            type="file"
            id="completer-fichiers"
            name="fichiers"
            multiple
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "completer-fichiers-erreur" : undefined}
          />
          {fileError && (
            <p id="completer-fichiers-erreur" className="fr-error-text">
              {fileError}
            </p>
          )}
        </div>
        <Button type="submit" iconId="fr-icon-send-plane-line" disabled={pending}>
          Compléter et renvoyer au destinataire
        </Button>
      </form>
    </section>
  );
}
