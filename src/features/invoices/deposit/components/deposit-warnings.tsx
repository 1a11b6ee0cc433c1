import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Finding } from "@/features/einvoice/index.ts";
import { formatFinding } from "@/features/invoices/common/ui.ts";

/**
 * After « Déposer » : the deposited file's warnings (EN 16931, and the BR-FR rules of the e-invoicing reform), which do
 * not refuse it today; the supplier's software can correct them in its next files.
 */
export function DepositWarnings({ warnings }: { warnings: Finding[] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert
      severity="warning"
      className="fr-mb-3w"
      title={`${warnings.length} avertissement${warnings.length > 1 ? "s" : ""} sur le fichier déposé`}
      description={
        <>
          <span>La facture est acceptée ; ces points seront refusés par les plateformes de la réforme de la facturation électronique (2026-2027) ou sont à corriger dans vos prochains fichiers :</span>
          <ul className="fr-mb-0">
            {warnings.map((finding, index) => (
              <li key={index}>{formatFinding(finding)}</li>
            ))}
          </ul>
        </>
      }
    />
  );
}
