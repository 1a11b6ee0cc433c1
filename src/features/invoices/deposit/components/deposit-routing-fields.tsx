"use client";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState } from "react";
import { CADRE_LABELS, CADRES } from "@/features/invoices/common/ui.ts";

export type DepositSupplier = { id: string; raisonSociale: string; services: { id: string; code: string; libelle: string }[] };

/**
 * The fields beside the file(s) of a deposit, one invoice or a batch: « Cadre de facturation », the depositing
 * structure (a select when the user has several) and « Sélectionner un service » among its services. Choices stay
 * as they were when the server refuses the deposit.
 */
export function DepositRoutingFields({
  suppliers,
  supplierLabel,
  errorsOf,
  cadres = CADRES,
}: {
  suppliers: DepositSupplier[];
  supplierLabel: string;
  errorsOf: (name: string) => string[];
  cadres?: readonly (typeof CADRES)[number][];
}) {
  const [supplierId, setSupplierId] = useState(suppliers[0]?.id ?? "");
  const [serviceId, setServiceId] = useState("");
  const [cadre, setCadre] = useState<string>("A1");
  const supplier = suppliers.find((candidate) => candidate.id === supplierId);
  const errorProps = (name: string) => {
    const [message] = errorsOf(name);
    return { state: message ? ("error" as const) : ("default" as const), stateRelatedMessage: message };
  };

  return (
    <>
      <Select label="Cadre de facturation" {...errorProps("cadre")} nativeSelectProps={{ name: "cadre", value: cadre, onChange: (event) => setCadre(event.target.value) }}>
        {cadres.map((code) => (
          <option key={code} value={code}>
            {CADRE_LABELS[code]}
          </option>
        ))}
      </Select>

      {suppliers.length > 1 ? (
        <Select
          label={supplierLabel}
          {...errorProps("supplierStructureId")}
          nativeSelectProps={{
            name: "supplierStructureId",
            value: supplierId,
            onChange: (event) => {
              setSupplierId(event.target.value);
              setServiceId("");
            },
          }}
        >
          {suppliers.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.raisonSociale}
            </option>
          ))}
        </Select>
      ) : (
        <>
          <input type="hidden" name="supplierStructureId" value={supplierId} />
          {errorsOf("supplierStructureId").map((message) => (
            <p key={message} className="fr-error-text">
              {message}
            </p>
          ))}
        </>
      )}

      <Select label="Sélectionner un service" {...errorProps("supplierServiceId")} nativeSelectProps={{ name: "supplierServiceId", value: serviceId, onChange: (event) => setServiceId(event.target.value) }}>
        <option value="">{supplier && supplier.services.length > 0 ? "Aucun service (facultatif)" : "Aucun service"}</option>
        {(supplier?.services ?? []).map((service) => (
          <option key={service.id} value={service.id}>
            {service.code} - {service.libelle}
          </option>
        ))}
      </Select>
    </>
  );
}
