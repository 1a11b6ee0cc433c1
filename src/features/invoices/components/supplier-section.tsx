"use client";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { friendlyFormatIBAN } from "ibantools";
import { useWatch } from "react-hook-form";
import type { InvoiceSupplier } from "../use-cases/list-invoice-suppliers.ts";
import { AddressLines, ReadOnlyField } from "./address-lines.tsx";
import { ToCheck } from "./deposit-fields-to-check.tsx";
import { useInvoiceForm } from "./use-invoice-form.ts";

/** "Fournisseur": the structure issuing the invoice (a choice when the user has several), its service and bank details. */
export function SupplierSection({ suppliers }: { suppliers: InvoiceSupplier[] }) {
  const { form, errorProps } = useInvoiceForm();
  const supplierId = useWatch({ control: form.control, name: "supplierStructureId" });
  const supplier = suppliers.find((candidate) => candidate.id === supplierId);

  return (
    <section className="fr-mb-4w" aria-labelledby="titre-fournisseur">
      <h2 id="titre-fournisseur" className="fr-h4">
        Fournisseur
        <ToCheck field="supplierStructureId" />
      </h2>
      {suppliers.length > 1 ? (
        <Select
          label="Raison sociale *"
          {...errorProps("supplierStructureId")}
          nativeSelectProps={form.register("supplierStructureId", { onChange: () => form.setValue("supplierServiceId", "") })}
        >
          {suppliers.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.raisonSociale}
            </option>
          ))}
        </Select>
      ) : null}
      {supplier && (
        <>
          {supplier.services.length > 0 && (
            <Select label="Service" {...errorProps("supplierServiceId")} nativeSelectProps={form.register("supplierServiceId")}>
              <option value="">Aucun service</option>
              {supplier.services.map((service) => (
                <option key={service.id} value={service.id}>
                  {service.code} - {service.libelle}
                </option>
              ))}
            </Select>
          )}
          <dl>
            {suppliers.length === 1 && <ReadOnlyField label="Raison sociale *">{supplier.raisonSociale}</ReadOnlyField>}
            <ReadOnlyField label="Adresse">
              <span style={{ display: "block" }}>{supplier.identifier}</span>
              <AddressLines address={supplier} />
            </ReadOnlyField>
            <ReadOnlyField label="Pays">{supplier.pays}</ReadOnlyField>
            <ReadOnlyField label="Références bancaires">
              {supplier.iban ? `${friendlyFormatIBAN(supplier.iban)}${supplier.bic ? ` — BIC ${supplier.bic}` : ""}` : "Aucune coordonnée bancaire"}
            </ReadOnlyField>
          </dl>
        </>
      )}
      <Input label="Factor" hintText="Facultatif : l'organisme d'affacturage à qui payer la facture." {...errorProps("factor")} nativeInputProps={form.register("factor")} />
    </section>
  );
}
