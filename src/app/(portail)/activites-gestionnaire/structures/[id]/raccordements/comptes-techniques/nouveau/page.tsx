import Link from "next/link";
import { createTechnicalAccountAction } from "@/features/raccordements/actions.ts";
import { TechnicalAccountForm } from "@/features/raccordements/components/technical-account-form.tsx";
import { raccordementsPath } from "@/features/raccordements/ui.ts";
import { listTechnicalAccounts } from "@/features/raccordements/use-cases/list-technical-accounts.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Créer un compte technique" };

export default async function NouveauCompteTechniquePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const { structure, openEspaces } = await findOr404([id], () => listTechnicalAccounts({ userId: user.id, structureId: id }));
  return (
    <>
      <p className="fr-mb-1w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={raccordementsPath(id)}>
          Retour aux raccordements
        </Link>
      </p>
      <h1>Créer un compte technique</h1>
      <p>Structure : {structure.raisonSociale}</p>
      <p>
        Un compte technique ne se connecte jamais au portail : les applications de la structure appellent l&apos;API en son nom, avec les espaces et les droits
        choisis ici, parmi ceux que la structure ouvre.
      </p>
      <TechnicalAccountForm action={createTechnicalAccountAction.bind(null, id)} openEspaces={openEspaces} />
    </>
  );
}
