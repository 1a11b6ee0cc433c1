"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import type { ActionState } from "@/lib/action-state.ts";
import { RECIPIENT_ACTION_LABELS, type RecipientAction } from "../rules/recipient-moves.ts";
import { RecipientActionDialog, recipientActionDialogs } from "./recipient-action-dialog.tsx";

type Props = {
  /** The actions the invoice's status allows, in the order of the buttons. */
  actions: RecipientAction[];
  subject: string;
  serverAction: (state: ActionState, formData: FormData) => Promise<ActionState>;
};

/** The buttons of the invoice page, each opening its dialog; the outcome above them. */
export function ReceivedInvoiceActions({ actions, subject, serverAction }: Props) {
  const [result, setResult] = useState<ActionState>();
  return (
    <section aria-labelledby="titre-traitement" className="fr-mt-3w">
      <h2 id="titre-traitement" className="fr-h4">
        Traitement de la facture
      </h2>
      <div aria-live="polite">{result?.message && <Alert className="fr-mb-2w" small severity={result.ok ? "success" : "error"} description={result.message} />}</div>
      {actions.length === 0 ? (
        <p>Aucune action n&apos;est possible sur une facture dans cet état.</p>
      ) : (
        <ul className="fr-btns-group fr-btns-group--inline-md">
          {actions.map((action) => (
            <li key={action}>
              <Button
                type="button"
                priority={action === "REJETER" || action === "SUSPENDRE" || action === "A_RECYCLER" ? "secondary" : "primary"}
                nativeButtonProps={recipientActionDialogs[action].buttonProps}
              >
                {RECIPIENT_ACTION_LABELS[action]}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {actions.map((action) => (
        <RecipientActionDialog key={action} action={action} subject={subject} serverAction={serverAction} onResult={setResult} />
      ))}
    </section>
  );
}
