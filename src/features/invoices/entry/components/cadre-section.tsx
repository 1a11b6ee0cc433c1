"use client";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useWatch } from "react-hook-form";
import { CADRE_LABELS, CADRES } from "@/features/invoices/common/ui.ts";
import { ContractHolderField } from "@/features/invoices/validation/ui.ts";
import { needsHolderValidation } from "@/features/invoices/common/ui.ts";
import { useInvoiceForm } from "@/features/invoices/common/ui.ts";

/** What each cadre asks beyond A1, said under the list. */
const CADRE_HINTS: Partial<Record<string, string>> = {
  A2: "Facture déjà payée (par exemple par carte d'achat) : son montant est entièrement réglé, le net à payer est nul.",
  A3: "Mémoire de frais de justice : adressez-le à la juridiction compétente, choisie comme service du destinataire (obligatoire). Type Facture.",
  A21: "Demande de remboursement de la TIC (taxe intérieure de consommation sur les carburants non routiers), déposée par son bénéficiaire. Type Facture.",
};

/** "Cadre de facturation": the real portal's non-works cadres; for A9 / A12, the holder of the contract who validates the invoice first. */
export function CadreSection() {
  const { form, errorProps } = useInvoiceForm();
  const cadre = useWatch({ control: form.control, name: "cadre" });
  return (
    <section className="fr-mb-4w" aria-labelledby="titre-cadre">
      <h2 id="titre-cadre" className="fr-h4">
        Cadre de facturation
      </h2>
      <Select label="Cadre de facturation *" hint={CADRE_HINTS[cadre]} {...errorProps("cadre")} nativeSelectProps={form.register("cadre")}>
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
