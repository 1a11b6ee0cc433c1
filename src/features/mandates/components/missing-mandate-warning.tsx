import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { requireUser } from "@/server/auth/session.ts";
import { getMandateWarning } from "../use-cases/get-mandate-warning.ts";

/**
 * The "Avertissement" of the portal when a private structure has no mandate Actif or En cours de validation:
 * without one, nobody can enter an invoice. `always` shows it even so (right after the structure's creation).
 */
export async function MissingMandateWarning({ structureId, always = false }: { structureId: string; always?: boolean }) {
  const user = await requireUser();
  const warning = await getMandateWarning({ userId: user.id, structureId, always });
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
