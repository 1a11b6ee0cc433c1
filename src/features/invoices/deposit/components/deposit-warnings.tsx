import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Finding } from "@/features/einvoice/index.ts";
import { formatFinding } from "@/features/invoices/common/ui.ts";

function FindingList({ findings }: { findings: Finding[] }) {
  return (
    <ul className="fr-mb-0">
      {findings.map((finding, index) => (
        <li key={index}>{formatFinding(finding)}</li>
      ))}
    </ul>
  );
}

const count = (n: number) => `${n} avertissement${n > 1 ? "s" : ""}`;

/**
 * After « Déposer » : the deposited file's warnings, which do not refuse it today; the supplier's software can correct
 * them in its next files. EN 16931's first, then apart the BR-FR rules of the e-invoicing reform (decision 0014).
 */
export function DepositWarnings({ warnings, reform }: { warnings: Finding[]; reform: Finding[] }) {
  if (warnings.length === 0 && reform.length === 0) return null;
  return (
    <Alert
      severity="warning"
      className="fr-mb-3w"
      title={`${count(warnings.length + reform.length)} sur le fichier déposé`}
      description={
        <>
          {warnings.length > 0 && (
            <>
              <span>La facture est acceptée ; ces points de la norme EN 16931 sont à corriger dans vos prochains fichiers :</span>
              <FindingList findings={warnings} />
            </>
          )}
          {reform.length > 0 && (
            <>
              <span>
                {count(reform.length)} de la réforme de la facturation électronique : ces points seront refusés par les plateformes de la réforme (2026-2027) :
              </span>
              <FindingList findings={reform} />
            </>
          )}
        </>
      }
    />
  );
}
