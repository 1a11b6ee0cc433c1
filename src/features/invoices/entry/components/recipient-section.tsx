"use client";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useWatch } from "react-hook-form";
import type { Recipient } from "@/features/invoices/common/ui.ts";
import { AddressLines, ReadOnlyField } from "@/features/invoices/common/ui.ts";
import { RecipientChoice, RecipientServiceOptions } from "./recipient-choice.tsx";
import { ToCheck } from "./deposit-fields-to-check.tsx";
import { useInvoiceForm } from "@/features/invoices/common/ui.ts";

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

  return (
    <section className="fr-mb-4w" aria-labelledby="titre-destinataire">
      <h2 id="titre-destinataire" className="fr-h4">
        Destinataire
      </h2>
      <RecipientChoice
        isState={isState === true}
        recipient={recipient}
        loading={loading}
        error={errorOf("recipientStructureId") ?? errorOf("recipientIsState")}
        onStateChange={onStateChange}
        labelNote={<ToCheck field="recipientStructureId" />}
      />
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
            <RecipientServiceOptions recipient={recipient} />
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
