import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { getMandateWarning } from "../use-cases/get-mandate-warning.ts";

/**
 * The "Avertissement" of the portal when a private structure has no mandate Actif or En cours de validation:
 * without one, nobody can enter an invoice. The page reads `warning` with getMandateWarning (null: nothing to say).
 */
export function MissingMandateWarning({ structureId, warning }: { structureId: string; warning: Awaited<ReturnType<typeof getMandateWarning>> }) {
  if (!warning) return null;
  return (
    <Alert
      className="fr-mb-4w"
      severity="warning"
      title="Avertissement"
      description={
        <>
          <p>Aucun mandat, Actif ou En cours de validation, n&apos;existe dans la structure. Sans mandat, aucun utilisateur ne pourra saisir de facture.</p>
          {warning.canSubscribe && (
            <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
              <li>
                <Button linkProps={{ href: `/activites-gestionnaire/structures/${structureId}/mandats/souscrire` }}>Souscrire un mandat de facturation</Button>
              </li>
              <li>
                <Button priority="secondary" linkProps={{ href: `/activites-gestionnaire/structures/${structureId}` }}>
                  Continuer
                </Button>
              </li>
            </ul>
          )}
        </>
      }
    />
  );
}
