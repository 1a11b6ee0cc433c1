import Link from "next/link";
import { notFound } from "next/navigation";
import { updateTechnicalAccountRightsAction } from "@/features/raccordements/actions.ts";
import { TechnicalAccountForm } from "@/features/raccordements/components/technical-account-form.tsx";
import { raccordementsPath } from "@/features/raccordements/ui.ts";
import { listTechnicalAccounts } from "@/features/raccordements/use-cases/list-technical-accounts.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Modifier les droits d'un compte technique" };

export default async function ModifierCompteTechniquePage({ params }: { params: Promise<{ id: string; accountId: string }> }) {
  const { id, accountId } = await params;
  const user = await requireUser();
  const { structure, openEspaces, accounts } = await findOr404([id, accountId], () => listTechnicalAccounts({ userId: user.id, structureId: id }));
  const account = accounts.find((a) => a.id === accountId);
  if (!account) notFound();
  return (
    <>
      <p className="fr-mb-1w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={raccordementsPath(id)}>
          Retour aux raccordements
        </Link>
      </p>
      <h1>Modifier les droits du compte technique {account.nom}</h1>
      <p>Structure : {structure.raisonSociale}</p>
      <TechnicalAccountForm
        action={updateTechnicalAccountRightsAction.bind(null, id, accountId)}
        openEspaces={[...new Set([...openEspaces, ...account.espaces.map((e) => e.espace)])]}
        current={{ espaces: account.espaces.map((e) => e.espace), modification: account.espaces.filter((e) => e.modification).map((e) => e.espace) }}
      />
    </>
  );
}
