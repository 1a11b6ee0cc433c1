"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useState } from "react";
import type { ActionState } from "@/lib/action-state.ts";
import { TransitionDialog } from "@/features/invoices/lifecycle/ui.ts";
import { VALIDATOR_ACTION_LABELS, VALIDATOR_ACTIONS, type ValidatorAction } from "../rules/validation-rules.ts";

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
function DecisionDialog({ action, ...props }: DialogProps) {
  const label = VALIDATOR_ACTION_LABELS[action];
  return (
    <TransitionDialog
      dialog={decisionDialogs[action]}
      action={action}
      title={`${label} la facture`}
      label={label}
      hint={HINTS[action]}
      motif={action === "REFUSER" ? { label: "Motif du refus" } : undefined}
      {...props}
    />
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
