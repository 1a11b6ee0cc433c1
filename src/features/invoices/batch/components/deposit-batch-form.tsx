"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import { initialActionState } from "@/lib/action-state.ts";
import { depositBatchAction } from "../actions.ts";
import { BATCH_CADRES } from "../schemas.ts";
import { DepositRoutingFields, type DepositSupplier } from "@/features/invoices/deposit/ui.ts";

/**
 * « Dépôt par lot »: several XML files or one ZIP of them, the cadre, the depositing structure (when the user has
 * several) and its service; « Déposer le lot » creates the flux, whose page then shows its progress.
 */
export function DepositBatchForm({ suppliers, maxInvoices }: { suppliers: DepositSupplier[]; maxInvoices: string }) {
  const [state, formAction, pending] = useActionState(depositBatchAction, initialActionState);
  const fileError = state.fieldErrors?.files?.[0];

  return (
    <form action={formAction} noValidate aria-describedby="lot-consigne" aria-busy={pending}>
      <p id="lot-consigne" className="fr-text--sm">
        Déposez en une fois plusieurs factures au format XML structuré (UBL 2.1 ou CII D16B) ou Factur-X (PDF) : chaque facture conforme est déposée (statut
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
          Plusieurs fichiers XML ou Factur-X (PDF), ou un fichier ZIP de ces fichiers ; {maxInvoices} factures au plus par flux.
        </p>
        <input
          className="fr-upload"
          type="file"
          id="lot-fichiers"
          name="files"
          multiple
          accept=".xml,.pdf,.zip,application/xml,text/xml,application/pdf,application/zip"
          aria-describedby={`lot-fichiers-aide${fileError ? " lot-fichiers-erreur" : ""}`}
          aria-invalid={fileError ? true : undefined}
        />
        {fileError && (
          <p id="lot-fichiers-erreur" className="fr-error-text">
            {fileError}
          </p>
        )}
      </div>

      <DepositRoutingFields
        suppliers={suppliers}
        supplierLabel="Structure qui dépose les factures"
        cadres={BATCH_CADRES}
        errorsOf={(name) => state.fieldErrors?.[name] ?? []}
      />

      <Button type="submit" disabled={pending} iconId="fr-icon-upload-line">
        Déposer le lot
      </Button>
    </form>
  );
}
