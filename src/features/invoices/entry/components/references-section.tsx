"use client";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useWatch } from "react-hook-form";
import { CURRENCIES } from "@/features/invoices/common/ui.ts";
import {
  EXEMPTION_REASONS,
  INVOICE_TYPE_LABELS,
  INVOICE_TYPES,
  PAYMENT_MODE_LABELS,
  PAYMENT_MODES,
  VAT_REGIME_LABELS,
  VAT_REGIMES,
} from "@/features/invoices/common/ui.ts";
import { EngagementSuggestions } from "@/features/engagements/ui.ts";
import { ToCheck } from "./deposit-fields-to-check.tsx";
import { useInvoiceForm } from "@/features/invoices/common/ui.ts";

export type EngagementRule = { required: boolean; hint?: string };

/** "Références" (number and date read-only for a structured deposit: they are the file's): devise, type, type de TVA, marché, engagement (as the recipient requires it), mode de règlement, number, date. */
export function ReferencesSection({ engagement, fromFile = false }: { engagement: EngagementRule; fromFile?: boolean }) {
  const { form, errorOf, errorProps } = useInvoiceForm();
  const [type, vatRegime] = useWatch({ control: form.control, name: ["type", "vatRegime"] });
  // The supplier's open engagements at the recipient (and service), suggested under « Numéro d'engagement ».
  const [supplierStructureId, recipientIsState, recipientStructureId, recipientServiceId] = useWatch({
    control: form.control,
    name: ["supplierStructureId", "recipientIsState", "recipientStructureId", "recipientServiceId"],
  });
  const radioState = (name: string) => {
    const message = errorOf(name);
    return { state: message ? ("error" as const) : ("default" as const), stateRelatedMessage: message };
  };

  return (
    <section className="fr-mb-4w" aria-labelledby="titre-references">
      <h2 id="titre-references" className="fr-h4">
        Références
      </h2>
      <Select label={<>Devise de la facture *<ToCheck field="currency" /></>} {...errorProps("currency")} nativeSelectProps={form.register("currency")}>
        {CURRENCIES.map((currency) => (
          <option key={currency.code} value={currency.code}>
            {currency.name}
          </option>
        ))}
      </Select>
      <RadioButtons
        legend={<>Type *<ToCheck field="type" /></>}
        orientation="horizontal"
        {...radioState("type")}
        options={INVOICE_TYPES.map((value) => ({ label: INVOICE_TYPE_LABELS[value], nativeInputProps: { ...form.register("type"), value } }))}
      />
      <RadioButtons
        legend="Type de TVA *"
        orientation="horizontal"
        {...radioState("vatRegime")}
        options={VAT_REGIMES.map((value) => ({ label: VAT_REGIME_LABELS[value], nativeInputProps: { ...form.register("vatRegime"), value } }))}
      />
      {vatRegime === "EXONERE" && (
        <Select label="Sélectionnez un motif d'exonération" {...errorProps("exemptionReason")} nativeSelectProps={form.register("exemptionReason")}>
          <option value="">Sélectionnez un motif</option>
          {EXEMPTION_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {reason}
            </option>
          ))}
        </Select>
      )}
      <Input label={<>N° du marché<ToCheck field="marketNumber" /></>} {...errorProps("marketNumber")} nativeInputProps={form.register("marketNumber")} />
      <Input
        label={
          <>
            {engagement.required ? "Numéro d'engagement *" : "Numéro d'engagement"}
            <ToCheck field="engagementNumber" />
          </>
        }
        hintText={engagement.hint}
        {...errorProps("engagementNumber")}
        nativeInputProps={{ ...form.register("engagementNumber"), autoComplete: "off", list: "engagements-suggeres" }}
      />
      <EngagementSuggestions
        id="engagements-suggeres"
        supplierStructureId={supplierStructureId || undefined}
        recipientStructureId={recipientIsState ? undefined : recipientStructureId || undefined}
        recipientServiceId={recipientServiceId || undefined}
      />
      <Input
        label={type === "AVOIR" ? "Numéro de la facture d'origine *" : "Numéro de la facture d'origine"}
        hintText="Obligatoire pour un avoir : le numéro de la facture qu'il corrige."
        {...errorProps("originalInvoiceNumber")}
        nativeInputProps={form.register("originalInvoiceNumber")}
      />
      <Select label={<>Mode de règlement *<ToCheck field="paymentMode" /></>} {...errorProps("paymentMode")} nativeSelectProps={form.register("paymentMode")}>
        {PAYMENT_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {PAYMENT_MODE_LABELS[mode]}
          </option>
        ))}
      </Select>
      <Input
        label={<>Numéro de facture *<ToCheck field="invoiceNumber" /></>}
        hintText="Votre numéro, unique pour votre structure (20 caractères au plus) ; obligatoire pour envoyer la facture."
        {...errorProps("invoiceNumber")}
        nativeInputProps={{ ...form.register("invoiceNumber"), autoComplete: "off", readOnly: fromFile }}
      />
      <Input label={<>Date de facture *<ToCheck field="invoiceDate" /></>} {...errorProps("invoiceDate")} nativeInputProps={{ ...form.register("invoiceDate"), type: "date", readOnly: fromFile }} />
    </section>
  );
}
