import { Alert } from "@codegouvfr/react-dsfr/Alert";
import Link from "next/link";
import { ClaimStructureForm } from "@/features/rattachements/components/claim-structure-form.tsx";
import { STRUCTURE_KIND_LABELS } from "@/features/structures/rules/labels.ts";
import { getStructureToClaim } from "@/features/rattachements/use-cases/get-structure-to-claim.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Demande de rattachement à une structure sans gestionnaire" };

const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

/** Mon compte > Demander un rattachement, for a structure that has no active gestionnaire: the claim to the administration. */
export default async function DemandeAdministrationPage({
  params,
  searchParams,
}: {
  params: Promise<{ structureId: string }>;
  searchParams: Promise<{ transmise?: string }>;
}) {
  const user = await requireUser();
  const [{ structureId }, { transmise }] = await Promise.all([params, searchParams]);
  const { structure, hasGestionnaire, pendingClaim, invited } = await findOr404([structureId], () => getStructureToClaim({ userId: user.id, structureId }));
  const name = `${structure.raisonSociale} (${structure.identifier})`;
  return (
    <>
      <h1>Demande de rattachement à une structure sans gestionnaire</h1>
      <p>
        Structure : <strong>{name}</strong> — {STRUCTURE_KIND_LABELS[structure.kind]}, {structure.codePostal} {structure.ville}
      </p>
      {invited ? (
        <Alert
          severity="info"
          small
          description={
            <>
              La structure {name} vous a invité à la rejoindre : acceptez l&apos;invitation dans <Link href="/mon-compte">Mon compte</Link>.
            </>
          }
        />
      ) : hasGestionnaire ? (
        <Alert
          severity="info"
          small
          description={
            <>
              La structure {name} a un gestionnaire : <Link href="/mon-compte/rattachements/demander">demandez votre rattachement</Link>, il décidera de votre
              demande.
            </>
          }
        />
      ) : pendingClaim ? (
        <>
          {transmise && (
            <Alert
              className="fr-mb-3w"
              severity="success"
              title="Demande transmise"
              description={
                <>
                  Votre demande est transmise à l&apos;administration de la plateforme. Vous serez informé de sa décision par courriel et dans votre fil
                  d&apos;événements. <Link href="/mon-compte">Voir mes rattachements</Link>
                </>
              }
            />
          )}
          <Alert
          severity="info"
          small
          description={`Votre demande de désignation comme gestionnaire principal de la structure ${name}, transmise le ${dateFormat.format(pendingClaim.createdAt)}, est en attente de la décision de l'administration de la plateforme.`}
          />
        </>
      ) : (
        <>
          <Alert
            className="fr-mb-4w"
            severity="info"
            title="Votre demande sera transmise à l'administration de la plateforme"
            description={`La structure ${name} n'a aucun gestionnaire actif sur le portail. Pour vous en désigner gestionnaire principal, l'administration de la plateforme doit vérifier que vous êtes habilité à la représenter : justifiez votre demande et joignez, si possible, une pièce justificative. Vous serez informé de sa décision par courriel.`}
          />
          <ClaimStructureForm structureId={structure.id} />
        </>
      )}
    </>
  );
}
