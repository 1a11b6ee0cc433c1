"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, useTransition } from "react";
import { useActionForm } from "@/components/forms/action-form.ts";
import { RecipientSearchDialog, recipientSearchDialog } from "@/features/invoices/entry/ui.ts";
import { createSollicitationAction, listAddresseeServicesAction } from "../actions.ts";
import { addresseeKindOf, SOLLICITATION_CATEGORIES } from "../rules/categories.ts";
import { MESSAGE_MAX, SUBJECT_MAX } from "../schemas.ts";
import { FilesField } from "./files-field.tsx";

type Service = { id: string; code: string; libelle: string };
type Addressee = { id: string; raisonSociale: string; identifier: string };

export type SollicitationFormProps = {
  structures: { id: string; raisonSociale: string; identifier: string }[];
  prefill: {
    category: string;
    subCategory: string;
    subject: string;
    authorStructureId: string;
    invoice: { id: string; number: string };
    addressee: (Addressee & { services: Service[]; serviceId: string | null }) | null;
  } | null;
};

/**
 * "Saisir sollicitation": the structure it is sent for, Catégorie and Sous-catégorie (which decide whether it goes to
 * the support or to a public structure, then searched as an invoice's recipient), Objet, Message, Pièces jointes;
 * from an invoice, pre-filled and linked to it.
 */
export function SollicitationForm({ structures, prefill }: SollicitationFormProps) {
  const { state, pending, onSubmit, errorOf } = useActionForm(createSollicitationAction);
  const [category, setCategory] = useState(prefill?.category ?? "");
  const [subCategory, setSubCategory] = useState(prefill?.subCategory ?? "");
  const [addressee, setAddressee] = useState<Addressee | null>(prefill?.addressee ?? null);
  const [services, setServices] = useState<Service[]>(prefill?.addressee?.services ?? []);
  const [serviceId, setServiceId] = useState(prefill?.addressee?.serviceId ?? "");
  const [, startTransition] = useTransition();
  const subCategories = SOLLICITATION_CATEGORIES.find((entry) => entry.label === category)?.subCategories ?? [];
  const toStructure = addresseeKindOf(category, subCategory) === "STRUCTURE";
  const fieldError = (name: string) => state.fieldErrors?.[name]?.[0];

  const chooseAddressee = (structure: Addressee) => {
    setAddressee(structure);
    setServiceId("");
    setServices([]);
    startTransition(async () => {
      const answer = await listAddresseeServicesAction(structure.id);
      setServices(answer.services ?? []);
    });
  };

  return (
    <>
      <div role="status" aria-live="polite">
        {state.message && !state.ok && <Alert className="fr-mb-3w" severity="error" small description={state.message} />}
      </div>
      <form onSubmit={onSubmit} noValidate aria-busy={pending} aria-label="Saisir une sollicitation">
        {prefill && <input type="hidden" name="invoiceId" value={prefill.invoice.id} />}
        {prefill && (
          <p className="fr-text--sm">
            Sollicitation liée à la facture n° <strong>{prefill.invoice.number}</strong>.
          </p>
        )}
        <Select label="Structure émettrice *" {...errorOf("authorStructureId")} nativeSelectProps={{ name: "authorStructureId", defaultValue: prefill?.authorStructureId ?? structures[0]?.id ?? "", required: true }}>
          {structures.map((structure) => (
            <option key={structure.id} value={structure.id}>
              {structure.raisonSociale} ({structure.identifier})
            </option>
          ))}
        </Select>
        <Select
          label="Catégorie *"
          {...errorOf("category")}
          nativeSelectProps={{ name: "category", value: category, required: true, onChange: (event) => (setCategory(event.target.value), setSubCategory("")) }}
        >
          <option value="" disabled>
            Sélectionnez une catégorie
          </option>
          {SOLLICITATION_CATEGORIES.map((entry) => (
            <option key={entry.label} value={entry.label}>
              {entry.label}
            </option>
          ))}
        </Select>
        <Select
          label="Sous-catégorie *"
          {...errorOf("subCategory")}
          nativeSelectProps={{ name: "subCategory", value: subCategory, required: true, onChange: (event) => setSubCategory(event.target.value) }}
        >
          <option value="" disabled>
            Sélectionnez une sous-catégorie
          </option>
          {subCategories.map((entry) => (
            <option key={entry.label} value={entry.label}>
              {entry.label}
            </option>
          ))}
        </Select>
        {subCategory && (
          <fieldset className="fr-fieldset fr-mb-3w" aria-labelledby="destinataire-legende">
            <legend id="destinataire-legende" className="fr-fieldset__legend fr-text--regular">
              Destinataire
            </legend>
            {!toStructure ? (
              <p className="fr-fieldset__element fr-text--sm">Cette sollicitation sera adressée au support du portail.</p>
            ) : (
              <div className="fr-fieldset__element">
                <input type="hidden" name="addresseeStructureId" value={addressee?.id ?? ""} />
                <p className="fr-text--sm" id="destinataire-choisi">
                  {addressee ? `${addressee.raisonSociale} (${addressee.identifier})` : "Aucune structure publique choisie."}
                </p>
                <Button type="button" priority="secondary" iconId="fr-icon-search-line" nativeButtonProps={recipientSearchDialog.buttonProps}>
                  Rechercher la structure destinataire
                </Button>
                {fieldError("addresseeStructureId") && <p className="fr-error-text">{fieldError("addresseeStructureId")}</p>}
                {addressee && (
                  <Select label="Service" hint="Facultatif : tous les services de la structure sinon." {...errorOf("addresseeServiceId")} nativeSelectProps={{ name: "addresseeServiceId", value: serviceId, onChange: (event) => setServiceId(event.target.value) }}>
                    <option value="">Tous les services</option>
                    {services.map((service) => (
                      <option key={service.id} value={service.id}>
                        {service.code} — {service.libelle}
                      </option>
                    ))}
                  </Select>
                )}
              </div>
            )}
          </fieldset>
        )}
        <Input label="Objet *" {...errorOf("subject")} nativeInputProps={{ name: "subject", defaultValue: prefill?.subject ?? "", maxLength: SUBJECT_MAX, required: true }} />
        <Input label="Message *" textArea {...errorOf("message")} nativeTextAreaProps={{ name: "message", rows: 6, maxLength: MESSAGE_MAX, required: true }} />
        <FilesField id="sollicitation-fichiers" error={fieldError("fichiers")} />
        <Button type="submit" iconId="fr-icon-send-plane-line" disabled={pending}>
          Envoyer
        </Button>
      </form>
      <RecipientSearchDialog onSelect={chooseAddressee} />
    </>
  );
}
