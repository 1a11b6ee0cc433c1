"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { createModal } from "@codegouvfr/react-dsfr/Modal";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, useTransition, type FormEvent } from "react";
import { initialActionState, type ActionState } from "@/lib/action-state.ts";

type Props<S extends ActionState> = {
  /** The DSFR modal (focus kept inside, Échap closes it), created once per action at the module's load. */
  dialog: ReturnType<typeof createModal>;
  /** The status machine's action, sent as the form's "action". */
  action: string;
  /** The dialog's title. */
  title: string;
  /** The action's label: the confirm button's, and the form's name with the subject. */
  label: string;
  /** What the action applies to, e.g. "Facture n° F-2026-001 de CHORUS DEUX" or "3 factures sélectionnées". */
  subject: string;
  /** What the dialog tells before the user confirms. */
  hint: string;
  /** The motif the action asks for, if any: its label (without the asterisk), and the list to choose it from, or a free text. */
  motif?: { label: string; choices?: readonly string[] };
  serverAction: (state: S, formData: FormData) => Promise<S>;
  /** Fields added to the form's (e.g. the selected invoices' ids). */
  extraFields?: Record<string, string[]>;
  /** The server's answer once the dialog closes (errors on a field keep it open, next to the field). */
  onResult: (state: S) => void;
};

/**
 * The dialog of a status change, for the recipient ("Factures reçues") and the holder ("Factures à valider") alike:
 * its motif, a comment, and confirm. The form starts empty again once an answer closes the dialog.
 */
export function TransitionDialog<S extends ActionState>({ dialog, action, title, label, subject, hint, motif, serverAction, extraFields = {}, onResult }: Props<S>) {
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>();
  const [message, setMessage] = useState<string>();
  const [formKey, setFormKey] = useState(0);
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
    <dialog.Component title={title}>
      <p className="fr-mb-1w">{subject}</p>
      <p className="fr-text--sm">{hint}</p>
      {message && (
        <p className="fr-error-text fr-mb-2w" role="alert">
          {message}
        </p>
      )}
      <form key={formKey} onSubmit={onSubmit} noValidate aria-label={`${label} : ${subject}`}>
        {motif?.choices && (
          <Select label={`${motif.label} *`} {...errorOf("motif")} nativeSelectProps={{ name: "motif", defaultValue: "", required: true }}>
            <option value="" disabled>
              Sélectionnez un motif
            </option>
            {motif.choices.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </Select>
        )}
        {motif && !motif.choices && <Input label={`${motif.label} *`} {...errorOf("motif")} nativeInputProps={{ name: "motif", maxLength: 255, required: true }} />}
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
