"use client";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useWatch } from "react-hook-form";
import { CADRE_LABELS, CADRES } from "@/features/invoices/common/ui.ts";
import { ContractHolderField } from "@/features/invoices/validation/ui.ts";
import { needsHolderValidation } from "@/features/invoices/common/ui.ts";
import { useInvoiceForm } from "@/features/invoices/common/ui.ts";

/** "Cadre de facturation": A1, A2, A9, A12; for A9 / A12, the holder of the contract who validates the invoice first. */
export function CadreSection() {
  const { form, errorProps } = useInvoiceForm();
  const cadre = useWatch({ control: form.control, name: "cadre" });
  return (
    <section className="fr-mb-4w" aria-labelledby="titre-cadre">
      <h2 id="titre-cadre" className="fr-h4">
        Cadre de facturation
      </h2>
      <Select label="Cadre de facturation *" {...errorProps("cadre")} nativeSelectProps={form.register("cadre")}>
        {CADRES.map((cadre) => (
          <option key={cadre} value={cadre}>
            {CADRE_LABELS[cadre]}
          </option>
        ))}
      </Select>
      {needsHolderValidation(cadre) && <ContractHolderField cadre={cadre} />}
    </section>
  );
}
