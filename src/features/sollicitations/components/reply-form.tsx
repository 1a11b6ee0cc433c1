"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useActionForm } from "@/components/forms/action-form.ts";
import type { ActionState } from "@/lib/action-state.ts";
import { answerSollicitationAction, replySollicitationAction } from "../actions.ts";
import { ANSWER_OUTCOME_LABELS, type AnswerOutcome } from "../rules/statuses.ts";
import { MESSAGE_MAX } from "../schemas.ts";
import { FilesField } from "./files-field.tsx";

const OUTCOMES = Object.keys(ANSWER_OUTCOME_LABELS) as AnswerOutcome[];

/**
 * "Répondre": the author's reply (Sollicitations émises) or the addressee's answer with what it does (répondre,
 * demander un complément, marquer traitée).
 */
export function ReplyForm({ sollicitationId, side }: { sollicitationId: string; side: "EMISES" | "RECUES" | "SUPPORT" }) {
  const action =
    side === "EMISES"
      ? (state: ActionState, formData: FormData) => replySollicitationAction(sollicitationId, state, formData)
      : (state: ActionState, formData: FormData) => answerSollicitationAction(sollicitationId, side, state, formData);
  const { state, pending, onSubmit, errorOf } = useActionForm(action);
  return (
    <section aria-labelledby="titre-repondre" className="fr-mb-3w fr-p-3w fr-background-alt--blue-france">
      <h2 id="titre-repondre" className="fr-h4">
        Répondre
      </h2>
      <div role="status" aria-live="polite">
        {state.message && !state.ok && <Alert className="fr-mb-3w" severity="error" small description={state.message} />}
      </div>
      <form onSubmit={onSubmit} noValidate aria-busy={pending} aria-label="Répondre à la sollicitation">
        <Input label="Message *" textArea {...errorOf("message")} nativeTextAreaProps={{ name: "message", rows: 5, maxLength: MESSAGE_MAX, required: true }} />
        {side !== "EMISES" && (
          <RadioButtons
            legend="Suite donnée *"
            {...errorOf("outcome")}
            options={OUTCOMES.map((outcome) => ({ label: ANSWER_OUTCOME_LABELS[outcome], nativeInputProps: { name: "outcome", value: outcome, defaultChecked: outcome === "TRAITEE" } }))}
          />
        )}
        <FilesField id="reponse-fichiers" error={state.fieldErrors?.fichiers?.[0]} />
        <Button type="submit" iconId="fr-icon-send-plane-line" disabled={pending}>
          Envoyer la réponse
        </Button>
      </form>
    </section>
  );
}
