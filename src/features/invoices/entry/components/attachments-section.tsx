"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { useRef, useState, useTransition } from "react";
import type { ActionState } from "@/lib/action-state.ts";
import { addInvoiceAttachmentAction, deleteInvoiceAttachmentAction } from "../actions.ts";
import { ATTACHMENT_LIMITS_TEXT } from "@/features/invoices/common/ui.ts";
import { ORIGINAL_ATTACHMENT_TYPE } from "@/features/invoices/common/ui.ts";
import { ATTACHMENT_TYPES } from "@/features/invoices/common/ui.ts";

export type AttachmentRow = { id: string; type: string; designation: string; extension: string; fileName: string };

type Props = {
  invoiceId?: string;
  attachments: AttachmentRow[];
  /** Attachments belong to a saved draft: saves the form first when it is not yet, and gives the invoice's id. */
  ensureSaved: () => Promise<string | null>;
  /** After a change: reload the page's data (and open the saved draft's address the first time). */
  onChanged: (invoiceId: string) => void;
};

/** "Pièces jointes": the list (download, delete) and "+ Gestion des pièces jointes" to add a file. */
export function AttachmentsSection({ invoiceId, attachments, ensureSaved, onChanged }: Props) {
  const [adding, setAdding] = useState(false);
  const [state, setState] = useState<ActionState>({ ok: false });
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const fieldError = (name: string) => {
    const message = state.fieldErrors?.[name]?.[0];
    return { state: message ? ("error" as const) : ("default" as const), stateRelatedMessage: message };
  };

  const add = (formData: FormData) =>
    startTransition(async () => {
      const id = invoiceId ?? (await ensureSaved());
      if (!id) return;
      const result = await addInvoiceAttachmentAction(id, formData);
      setState(result);
      if (result.ok) {
        formRef.current?.reset();
        setAdding(false);
        onChanged(id);
      }
    });
  const remove = (attachment: AttachmentRow) =>
    startTransition(async () => {
      if (!invoiceId) return;
      const result = await deleteInvoiceAttachmentAction(invoiceId, attachment.id);
      setState(result);
      if (result.ok) onChanged(invoiceId);
    });

  return (
    <section className="fr-mb-4w" aria-labelledby="titre-pieces-jointes">
      <h2 id="titre-pieces-jointes" className="fr-h4">
        Pièces jointes
      </h2>
      <p className="fr-text--sm">{ATTACHMENT_LIMITS_TEXT}. Le type du fichier est vérifié d&apos;après son contenu.</p>
      {state.message && <p className={`fr-message ${state.ok ? "fr-message--valid" : "fr-message--error"}`}>{state.message}</p>}
      <Table
        noCaption
        fixed={false}
        headers={["Type", "Désignation", "Extension", "Nom du fichier", "Actions"]}
        data={attachments.map((attachment) => [
          attachment.type,
          attachment.designation,
          attachment.extension,
          attachment.fileName,
          <div key="actions" className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
            <a className="fr-btn fr-btn--sm fr-btn--secondary" href={`/factures-emises/${invoiceId}/pieces-jointes/${attachment.id}`} aria-label={`Télécharger ${attachment.fileName}`} download>
              Télécharger
            </a>
            {/* The deposited file stays with the invoice it became. */}
            {attachment.type !== ORIGINAL_ATTACHMENT_TYPE && (
              <Button type="button" size="small" priority="tertiary" disabled={pending} nativeButtonProps={{ "aria-label": `Supprimer ${attachment.fileName}` }} onClick={() => remove(attachment)}>
                Supprimer
              </Button>
            )}
          </div>,
        ])}
      />
      {attachments.length === 0 && <p className="fr-text--sm">Aucune pièce jointe.</p>}
      {adding ? (
        <form ref={formRef} action={add} noValidate className="fr-mt-2w" aria-label="Ajout d'une pièce jointe">
          <Select label="Type de pièce jointe *" {...fieldError("type")} nativeSelectProps={{ name: "type", defaultValue: ATTACHMENT_TYPES[0] }}>
            {ATTACHMENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </Select>
          <Input label="Désignation *" {...fieldError("designation")} nativeInputProps={{ name: "designation", maxLength: 100 }} />
          <div className={`fr-upload-group${state.fieldErrors?.file ? " fr-input-group--error" : ""}`}>
            <label className="fr-label" htmlFor="piece-jointe-fichier">
              Fichier *<span className="fr-hint-text">10 Mo au plus ; PDF, images (PNG, JPEG, TIFF), XML, bureautique (ODT, DOCX, XLSX), texte (CSV, TXT).</span>
            </label>
            <input className="fr-upload" type="file" id="piece-jointe-fichier" name="file" aria-describedby={state.fieldErrors?.file ? "piece-jointe-erreur" : undefined} />
            {state.fieldErrors?.file && (
              <p id="piece-jointe-erreur" className="fr-error-text">
                {state.fieldErrors.file[0]}
              </p>
            )}
          </div>
          <div className="fr-btns-group fr-btns-group--inline fr-mt-2w">
            <Button type="button" priority="secondary" onClick={() => setAdding(false)}>
              Annuler
            </Button>
            <Button type="submit" disabled={pending}>
              Ajouter la pièce jointe
            </Button>
          </div>
        </form>
      ) : (
        <Button type="button" priority="secondary" iconId="fr-icon-add-line" className="fr-mt-2w" onClick={() => setAdding(true)}>
          Gestion des pièces jointes
        </Button>
      )}
    </section>
  );
}
