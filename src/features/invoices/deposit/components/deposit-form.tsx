"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useActionState, useState } from "react";
import { initialActionState } from "@/lib/action-state.ts";
import { depositInvoiceFileAction } from "../actions.ts";
import { DEPOSIT_FORMAT_LABELS, DEPOSIT_FORMATS, type DepositFormatCode } from "@/features/invoices/common/ui.ts";
import { DepositRoutingFields, type DepositSupplier } from "./deposit-routing-fields.tsx";


/** Which files each format takes: the browser's file picker is filtered accordingly (the server checks the content). */
const ACCEPTED_FILES: Record<DepositFormatCode, string> = {
  PDF_NON_SIGNE: ".pdf,application/pdf",
  PDF_SIGNE_PADES: ".pdf,application/pdf",
  PDF_SIGNE_XADES: ".pdf,application/pdf",
  XML_MIXTE: ".pdf,application/pdf",
  XML_STRUCTURE: ".xml,application/xml,text/xml",
};

/**
 * « Dépôt d'une nouvelle facture »: the file, its format, then the cadre, structure and service; « Déposer » sends it
 * to be analysed.
 */
export function DepositForm({ suppliers }: { suppliers: DepositSupplier[] }) {
  const [state, formAction, pending] = useActionState(depositInvoiceFileAction, initialActionState);
  const [format, setFormat] = useState<DepositFormatCode>("PDF_NON_SIGNE");

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

      <DepositRoutingFields suppliers={suppliers} supplierLabel="Structure qui dépose la facture" errorsOf={errorsOf} />

      <Button type="submit" disabled={pending} iconId="fr-icon-upload-line">
        Déposer
      </Button>
    </form>
  );
}
