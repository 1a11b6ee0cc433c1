"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useWatch } from "react-hook-form";
import type { Recipient } from "../recipient.ts";
import { AddressLines, ReadOnlyField } from "./address-lines.tsx";
import { recipientSearchDialog } from "./recipient-search-dialog.tsx";
import { ToCheck } from "./deposit-fields-to-check.tsx";
import { useInvoiceForm } from "./use-invoice-form.ts";

/** What the recipient asks of the supplier, as hints next to its fields. */
export function recipientRuleHints(recipient: Recipient, serviceId: string | undefined) {
  const service = recipient.services.find((candidate) => candidate.id === serviceId);
  const engagementRequired = recipient.engagementObligatoire || Boolean(service?.engagementObligatoire);
  const format = recipient.engagementFormatLabel ? ` : ${recipient.engagementFormatLabel}` : "";
  return {
    serviceRequired: recipient.serviceObligatoire,
    engagementRequired,
    engagementHint: engagementRequired ? `Numéro d'engagement obligatoire${format}` : recipient.engagementFormatLabel ? `Format attendu${format}` : undefined,
  };
}

type Props = { recipient: Recipient | null; loading: boolean; onStateChange: (isState: boolean) => void };

/** "Destinataire": the State or a public structure found with "Rechercher", then its service; its address and rules shown. */
export function RecipientSection({ recipient, loading, onStateChange }: Props) {
  const { form, errorOf, errorProps } = useInvoiceForm();
  const [isState, serviceId] = useWatch({ control: form.control, name: ["recipientIsState", "recipientServiceId"] });
  const hints = recipient ? recipientRuleHints(recipient, serviceId) : undefined;
  const recipientError = errorOf("recipientStructureId") ?? errorOf("recipientIsState");

  return (
    <section className="fr-mb-4w" aria-labelledby="titre-destinataire">
      <h2 id="titre-destinataire" className="fr-h4">
        Destinataire
      </h2>
      <RadioButtons
        legend="Le destinataire est-il l'État ?"
        orientation="horizontal"
        options={[
          { label: "Oui", nativeInputProps: { name: "recipientIsState", checked: isState === true, onChange: () => onStateChange(true) } },
          { label: "Non", nativeInputProps: { name: "recipientIsState", checked: isState !== true, onChange: () => onStateChange(false) } },
        ]}
      />
      <div className={`fr-input-group${recipientError ? " fr-input-group--error" : ""}`}>
        <p className="fr-label fr-text--bold">
          Destinataire *
          <ToCheck field="recipientStructureId" />
        </p>
        <p className="fr-mb-1w" aria-live="polite">
          {loading ? "Chargement du destinataire…" : recipient ? `${recipient.raisonSociale} — ${recipient.identifier}` : "Aucun destinataire choisi."}
        </p>
        {!isState && (
          <Button type="button" priority="secondary" iconId="fr-icon-search-line" nativeButtonProps={recipientSearchDialog.buttonProps}>
            Rechercher
          </Button>
        )}
        {recipientError && <p className="fr-error-text">{recipientError}</p>}
      </div>
      {recipient && hints && (
        <>
          <Select
            label={
              <>
                {hints.serviceRequired ? "Service *" : "Service"}
                <ToCheck field="recipientServiceId" />
              </>
            }
            hint={hints.serviceRequired ? "Le destinataire exige un service." : undefined}
            {...errorProps("recipientServiceId")}
            nativeSelectProps={form.register("recipientServiceId")}
          >
            <option value="">{recipient.services.length === 0 ? "Aucun service" : "Sélectionnez un service"}</option>
            {recipient.services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.libelle} ({service.code}){service.engagementObligatoire ? " — engagement obligatoire" : ""}
              </option>
            ))}
          </Select>
          <dl>
            <ReadOnlyField label="Raison sociale">{recipient.raisonSociale}</ReadOnlyField>
            <ReadOnlyField label="Adresse">
              <AddressLines address={recipient} />
            </ReadOnlyField>
          </dl>
          {hints.engagementHint && <p className="fr-text--sm fr-message fr-message--info">{hints.engagementHint}</p>}
        </>
      )}
    </section>
  );
}
