"use client";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { CADRE_LABELS, CADRES } from "../invoice-schema.ts";
import { useInvoiceForm } from "./use-invoice-form.ts";

/** "Cadre de facturation": A1, A2, A9, A12. */
export function CadreSection() {
  const { form, errorProps } = useInvoiceForm();
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
    </section>
  );
}
