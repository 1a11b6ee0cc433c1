"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useState, useTransition, type FormEvent } from "react";
import { initialActionState, type ActionState } from "@/lib/action-state.ts";
import { VALIDATOR_ACTION_LABELS, VALIDATOR_ACTIONS, type ValidatorAction } from "../validation-rules.ts";

type Dialog = ReturnType<typeof createModal>;

/** One DSFR modal per decision (focus kept inside, Échap closes it), opened by its button. */
const decisionDialogs = Object.fromEntries(VALIDATOR_ACTIONS.map((action) => [action, createModal({ id: `dialogue-${action.toLowerCase()}`, isOpenedByDefault: false })])) as Record<
  ValidatorAction,
  Dialog
>;

const HINTS: Record<ValidatorAction, string> = {
  VALIDER: "La facture sera transmise à son destinataire ; le fournisseur en est averti.",
  REFUSER: "Le refus est définitif : la facture n'est pas transmise au destinataire et le fournisseur est averti avec le motif.",
};

type DialogProps = {
  action: ValidatorAction;
  subject: string;
  serverAction: (state: ActionState, formData: FormData) => Promise<ActionState>;
  onResult: (state: ActionState) => void;
};

/** The dialog of a decision: the motif (required to refuse), a comment, and confirm. */
function DecisionDialog({ action, subject, serverAction, onResult }: DialogProps) {
  const dialog = decisionDialogs[action];
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>();
  const [message, setMessage] = useState<string>();
  const label = VALIDATOR_ACTION_LABELS[action];
  const errorOf = (name: string) => (errors?.[name]?.[0] ? { state: "error" as const, stateRelatedMessage: errors[name]![0] } : {});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    formData.set("action", action);
    startTransition(async () => {
      const state = await serverAction(initialActionState, formData);
      if (!state.ok && Object.keys(state.fieldErrors ?? {}).some((name) => name === "motif" || name === "comment")) {
        setErrors(state.fieldErrors);
        setMessage(state.message);
        return;
      }
      setErrors(undefined);
      setMessage(undefined);
      dialog.close();
      onResult(state);
    });
  };

  return (
    <dialog.Component title={`${label} la facture`}>
      <p className="fr-mb-1w">{subject}</p>
      <p className="fr-text--sm">{HINTS[action]}</p>
      {message && (
        <p className="fr-error-text fr-mb-2w" role="alert">
          {message}
        </p>
      )}
      <form onSubmit={onSubmit} noValidate aria-label={`${label} : ${subject}`}>
        {action === "REFUSER" && <Input label="Motif du refus *" {...errorOf("motif")} nativeInputProps={{ name: "motif", maxLength: 255, required: true }} />}
        <Input
          label="Commentaire"
          hintText="Facultatif. Il figure dans l'historique de la facture et dans l'avis envoyé au fournisseur."
          textArea
          {...errorOf("comment")}
          nativeTextAreaProps={{ name: "comment", rows: 3, maxLength: 2000 }}
        />
        <div className="fr-btns-group fr-btns-group--inline fr-btns-group--right">
          <Button type="button" priority="secondary" onClick={() => dialog.close()}>
            Annuler
          </Button>
          <Button type="submit" disabled={pending}>
            {label}
          </Button>
        </div>
      </form>
    </dialog.Component>
  );
}

type Props = {
  /** The decisions still open (none once decided). */
  actions: ValidatorAction[];
  subject: string;
  serverAction: (state: ActionState, formData: FormData) => Promise<ActionState>;
};

/** « Valider » and « Refuser » on the invoice's page, each through its dialog; the outcome above them. */
export function ValidatorDecision({ actions, subject, serverAction }: Props) {
  const [result, setResult] = useState<ActionState>();
  return (
    <section aria-labelledby="titre-decision" className="fr-mt-3w">
      <h2 id="titre-decision" className="fr-h4">
        Décision
      </h2>
      <div aria-live="polite">{result?.message && <Alert className="fr-mb-2w" small severity={result.ok ? "success" : "error"} description={result.message} />}</div>
      {actions.length === 0 ? (
        !result?.ok && <p>La décision sur cette facture a été prise : plus aucune action n&apos;est possible.</p>
      ) : (
        <ul className="fr-btns-group fr-btns-group--inline-md">
          {actions.map((action) => (
            <li key={action}>
              <Button type="button" priority={action === "REFUSER" ? "secondary" : "primary"} nativeButtonProps={decisionDialogs[action].buttonProps}>
                {VALIDATOR_ACTION_LABELS[action]}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {actions.map((action) => (
        <DecisionDialog key={action} action={action} subject={subject} serverAction={serverAction} onResult={setResult} />
      ))}
    </section>
  );
}
