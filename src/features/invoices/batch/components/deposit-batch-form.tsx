"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useActionState, useState } from "react";
import { initialActionState } from "@/lib/action-state.ts";
import { depositBatchAction } from "../../batch-actions.ts";
import { CADRE_LABELS, CADRES } from "../../invoice-schema.ts";

export type BatchSupplier = { id: string; raisonSociale: string; services: { id: string; code: string; libelle: string }[] };

/**
 * « Dépôt par lot »: several XML files or one ZIP of them, the cadre, the depositing structure (when the user has
 * several) and its service; « Déposer le lot » creates the flux, whose page then shows its progress.
 */
export function DepositBatchForm({ suppliers, maxInvoices }: { suppliers: BatchSupplier[]; maxInvoices: string }) {
  const [state, formAction, pending] = useActionState(depositBatchAction, initialActionState);
  const [supplierId, setSupplierId] = useState(suppliers[0]?.id ?? "");
  const [serviceId, setServiceId] = useState("");
  const [cadre, setCadre] = useState<string>("A1");
  const supplier = suppliers.find((candidate) => candidate.id === supplierId);

  const errorProps = (name: string) => {
    const message = state.fieldErrors?.[name]?.[0];
    return { state: message ? ("error" as const) : ("default" as const), stateRelatedMessage: message };
  };
  const fileError = state.fieldErrors?.files?.[0];

  return (
    <form action={formAction} noValidate aria-describedby="lot-consigne" aria-busy={pending}>
      <p id="lot-consigne" className="fr-text--sm">
        Déposez en une fois plusieurs factures au format XML structuré (UBL 2.1 ou CII D16B) : chaque facture conforme est déposée (statut
        « Déposée »), les autres sont rejetées avec la liste de leurs erreurs dans le compte rendu du flux. Tous les champs sont obligatoires sauf
        le service.
      </p>
      <div role="status" aria-live="polite">
        {pending && <Alert className="fr-mb-3w" severity="info" small description="Le lot est en cours d'envoi…" />}
        {!pending && state.message && !state.ok && <Alert className="fr-mb-3w" severity="error" small description={state.message} />}
      </div>

      <div className={`fr-upload-group fr-mb-3w${fileError ? " fr-input-group--error" : ""}`}>
        <label className="fr-label" htmlFor="lot-fichiers">
          Choix des fichiers
        </label>
        <p id="lot-fichiers-aide" className="fr-hint-text fr-mb-1w">
          Plusieurs fichiers XML, ou un fichier ZIP de fichiers XML ; {maxInvoices} factures au plus par flux.
        </p>
        <input
          className="fr-upload"
          type="file"
          id="lot-fichiers"
          name="files"
          multiple
          accept=".xml,.zip,application/xml,text/xml,application/zip"
          aria-describedby={`lot-fichiers-aide${fileError ? " lot-fichiers-erreur" : ""}`}
          aria-invalid={fileError ? true : undefined}
        />
        {fileError && (
          <p id="lot-fichiers-erreur" className="fr-error-text">
            {fileError}
          </p>
        )}
      </div>

      <Select label="Cadre de facturation" {...errorProps("cadre")} nativeSelectProps={{ name: "cadre", value: cadre, onChange: (event) => setCadre(event.target.value) }}>
        {CADRES.map((code) => (
          <option key={code} value={code}>
            {CADRE_LABELS[code]}
          </option>
        ))}
      </Select>

      {suppliers.length > 1 ? (
        <Select
          label="Structure qui dépose les factures"
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
          {state.fieldErrors?.supplierStructureId?.map((message) => (
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

      <Button type="submit" disabled={pending} iconId="fr-icon-upload-line">
        Déposer le lot
      </Button>
    </form>
  );
}
