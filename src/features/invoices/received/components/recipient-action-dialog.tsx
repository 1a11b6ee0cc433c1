"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, useTransition, type FormEvent } from "react";
import { initialActionState, type ActionState } from "@/lib/action-state.ts";
import { REJECTION_MOTIFS } from "../../lifecycle/lifecycle-contract.ts";
import { RECIPIENT_ACTION_HINTS, RECIPIENT_ACTION_LABELS, RECIPIENT_ACTION_MOTIF, RECIPIENT_ACTIONS, type RecipientAction } from "../recipient-moves.ts";

type Dialog = ReturnType<typeof createModal>;

/** One DSFR modal per action (focus kept inside, Échap closes it), opened by the action's button. */
export const recipientActionDialogs = Object.fromEntries(
  RECIPIENT_ACTIONS.map((action) => [action, createModal({ id: `dialogue-${action.toLowerCase().replace(/_/g, "-")}`, isOpenedByDefault: false })]),
) as Record<RecipientAction, Dialog>;

const MOTIF_LABELS: Record<RecipientAction, string> = {
  SUSPENDRE: "Motif de suspension",
  REJETER: "Motif de rejet",
  A_RECYCLER: "Motif",
  SERVICE_FAIT: "",
  MANDATER: "",
  MISE_A_DISPOSITION_COMPTABLE: "",
  COMPTABILISER: "",
  METTRE_EN_PAIEMENT: "",
};

type Props<S extends ActionState> = {
  action: RecipientAction;
  /** What the action applies to, e.g. "Facture n° F-2026-001 de CHORUS DEUX" or "3 factures sélectionnées". */
  subject: string;
  serverAction: (state: S, formData: FormData) => Promise<S>;
  /** Fields added to the form's (e.g. the selected invoices' ids). */
  extraFields?: Record<string, string[]>;
  /** The server's answer once the dialog closes (errors on a field keep it open, next to the field). */
  onResult: (state: S) => void;
};

/** The dialog of an action: its motif (a list for Rejeter, a text for Suspendre and À recycler), a comment, and confirm. */
export function RecipientActionDialog<S extends ActionState>({ action, subject, serverAction, extraFields = {}, onResult }: Props<S>) {
  const dialog = recipientActionDialogs[action];
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>();
  const [message, setMessage] = useState<string>();
  const [formKey, setFormKey] = useState(0);
  const motif = RECIPIENT_ACTION_MOTIF[action];
  const label = RECIPIENT_ACTION_LABELS[action];
  const errorOf = (name: string) => (errors?.[name]?.[0] ? { state: "error" as const, stateRelatedMessage: errors[name]![0] } : {});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    formData.set("action", action);
    for (const [name, values] of Object.entries(extraFields)) values.forEach((value) => formData.append(name, value));
    startTransition(async () => {
      const state = await serverAction(initialActionState as S, formData);
      const onFields = Object.keys(state.fieldErrors ?? {}).some((name) => name === "motif" || name === "comment");
      if (!state.ok && onFields) {
        setErrors(state.fieldErrors);
        setMessage(state.message);
        return;
      }
      setErrors(undefined);
      setMessage(undefined);
      setFormKey((key) => key + 1);
      dialog.close();
      onResult(state);
    });
  };

  return (
    <dialog.Component title={label}>
      <p className="fr-mb-1w">{subject}</p>
      <p className="fr-text--sm">{RECIPIENT_ACTION_HINTS[action]}</p>
      {message && (
        <p className="fr-error-text fr-mb-2w" role="alert">
          {message}
        </p>
      )}
      <form key={formKey} onSubmit={onSubmit} noValidate aria-label={`${label} : ${subject}`}>
        {motif === "liste" && (
          <Select label={`${MOTIF_LABELS[action]} *`} {...errorOf("motif")} nativeSelectProps={{ name: "motif", defaultValue: "", required: true }}>
            <option value="" disabled>
              Sélectionnez un motif
            </option>
            {REJECTION_MOTIFS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </Select>
        )}
        {motif === "libre" && <Input label={`${MOTIF_LABELS[action]} *`} {...errorOf("motif")} nativeInputProps={{ name: "motif", maxLength: 255, required: true }} />}
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
