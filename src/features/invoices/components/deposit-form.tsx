"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useActionState, useState } from "react";
import { initialActionState } from "@/lib/action-state.ts";
import { depositInvoiceFileAction } from "../deposit-actions.ts";
import { DEPOSIT_FORMAT_LABELS, DEPOSIT_FORMATS, type DepositFormatCode } from "../deposit/deposit-schema.ts";
import { CADRE_LABELS, CADRES } from "../invoice-schema.ts";

export type DepositSupplier = { id: string; raisonSociale: string; services: { id: string; code: string; libelle: string }[] };

/** Which files each format takes: the browser's file picker is filtered accordingly (the server checks the content). */
const ACCEPTED_FILES: Record<DepositFormatCode, string> = {
  PDF_NON_SIGNE: ".pdf,application/pdf",
  PDF_SIGNE_PADES: ".pdf,application/pdf",
  PDF_SIGNE_XADES: ".pdf,application/pdf",
  XML_MIXTE: ".pdf,application/pdf",
  XML_STRUCTURE: ".xml,application/xml,text/xml",
};

/**
 * « Dépôt d'une nouvelle facture »: the file, its format, the cadre, the depositing structure (when the user has
 * several) and its service; « Déposer » sends it to be analysed. Choices stay as they were when a deposit is refused.
 */
export function DepositForm({ suppliers }: { suppliers: DepositSupplier[] }) {
  const [state, formAction, pending] = useActionState(depositInvoiceFileAction, initialActionState);
  const [supplierId, setSupplierId] = useState(suppliers[0]?.id ?? "");
  const [serviceId, setServiceId] = useState("");
  const [format, setFormat] = useState<DepositFormatCode>("PDF_NON_SIGNE");
  const [cadre, setCadre] = useState<string>("A1");
  const supplier = suppliers.find((candidate) => candidate.id === supplierId);

  const errorsOf = (name: string) => state.fieldErrors?.[name] ?? [];
  const errorProps = (name: string) => {
    const [message] = errorsOf(name);
    return { state: message ? ("error" as const) : ("default" as const), stateRelatedMessage: message };
  };
  const fileErrors = errorsOf("file");

  return (
    <form action={formAction} noValidate aria-describedby="depot-consigne" aria-busy={pending}>
      <p id="depot-consigne" className="fr-text--sm">
        Déposez une facture existante : le portail l&apos;analyse et vous présente une facture pré-remplie à vérifier, compléter puis envoyer. Le
        fichier déposé reste joint à la facture. Tous les champs sont obligatoires sauf le service.
      </p>
      <div role="status" aria-live="polite">
        {pending && <Alert className="fr-mb-3w" severity="info" small description="Votre facture va être analysée…" />}
        {!pending && state.message && !state.ok && <Alert className="fr-mb-3w" severity="error" small description={state.message} />}
      </div>

      <div className={`fr-upload-group fr-mb-3w${fileErrors.length > 0 ? " fr-input-group--error" : ""}`}>
        <label className="fr-label" htmlFor="depot-fichier">
          Choix du fichier
        </label>
        <p id="depot-fichier-aide" className="fr-hint-text fr-mb-1w">
          Un fichier PDF (Factur-X pour le format XML mixte) ou XML (UBL 2.1, CII D16B), 20 Mo au plus.
        </p>
        <input
          className="fr-upload"
          type="file"
          id="depot-fichier"
          name="file"
          accept={ACCEPTED_FILES[format]}
          aria-describedby={`depot-fichier-aide${fileErrors.length > 0 ? " depot-fichier-erreurs" : ""}`}
          aria-invalid={fileErrors.length > 0 || undefined}
        />
        {fileErrors.length > 0 && (
          <div id="depot-fichier-erreurs" className="fr-error-text">
            {fileErrors.length === 1 ? (
              <p className="fr-mb-0">{fileErrors[0]}</p>
            ) : (
              <ul className="fr-mb-0">
                {fileErrors.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      <Select label="Format de dépôt" {...errorProps("format")} nativeSelectProps={{ name: "format", value: format, onChange: (event) => setFormat(event.target.value as DepositFormatCode) }}>
        {DEPOSIT_FORMATS.map((code) => (
          <option key={code} value={code}>
            {DEPOSIT_FORMAT_LABELS[code]}
          </option>
        ))}
      </Select>

      <Select label="Cadre de facturation" {...errorProps("cadre")} nativeSelectProps={{ name: "cadre", value: cadre, onChange: (event) => setCadre(event.target.value) }}>
        {CADRES.map((code) => (
          <option key={code} value={code}>
            {CADRE_LABELS[code]}
          </option>
        ))}
      </Select>

      {suppliers.length > 1 ? (
        <Select
          label="Structure qui dépose la facture"
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

      <Button type="submit" disabled={pending} iconId="fr-icon-upload-line">
        Déposer
      </Button>
    </form>
  );
}
