import Link from "next/link";
import { declareApplicationAction } from "@/features/raccordements/actions.ts";
import { ApplicationForm } from "@/features/raccordements/components/application-form.tsx";
import { raccordementsPath } from "@/features/raccordements/ui.ts";
import { listTechnicalAccounts } from "@/features/raccordements/use-cases/list-technical-accounts.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Déclarer une application" };

export default async function NouvelleApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const { structure, accounts } = await findOr404([id], () => listTechnicalAccounts({ userId: user.id, structureId: id }));
  const active = accounts.filter((account) => account.actif);
  const back = raccordementsPath(id);
  return (
    <>
      <p className="fr-mb-1w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={back}>
          Retour aux raccordements
        </Link>
      </p>
      <h1>Déclarer une application</h1>
      <p>Structure : {structure.raisonSociale}</p>
      {active.length === 0 ? (
        <p>
          La structure n&apos;a aucun compte technique actif : <Link href={`${back}/comptes-techniques/nouveau`}>créez d&apos;abord un compte technique</Link>.
        </p>
      ) : (
        <ApplicationForm action={declareApplicationAction.bind(null, id)} accounts={active.map(({ id, nom }) => ({ id, nom }))} backHref={back} />
      )}
    </>
  );
}
