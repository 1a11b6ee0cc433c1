import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import { STRUCTURE_STATUS_LABELS } from "@/features/structures/rules/labels.ts";
import { listManagedStructures } from "@/features/structures/use-cases/list-managed-structures.ts";
import { requireUser } from "@/server/auth/session.ts";
import { formatDate } from "./[id]/load-managed-structure.ts";
import { pageParam } from "@/lib/page-param.ts";

export const metadata = { title: "Mes structures" };

export default async function MesStructuresPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const page = pageParam((await searchParams).page);
  const { total, pageCount, structures } = await listManagedStructures({ userId: user.id, page });
  return (
    <>
      <h1>Mes structures</h1>
      <p>5 lignes par page ({total} lignes)</p>
      <Table
        noCaption
        headers={["Identifiant structure", "Raison sociale", "Date de création", "Services", "Statut", "Actions"]}
        data={structures.map((s) => [
          s.identifier,
          s.raisonSociale,
          formatDate(s.createdAt),
          s.services.map((service) => service.libelle).join(", "),
          STRUCTURE_STATUS_LABELS[s.status],
          <Link key="voir" className="fr-link" href={`/activites-gestionnaire/structures/${s.id}`} aria-label={`Gérer la structure ${s.raisonSociale}`}>
            Gérer
          </Link>,
        ])}
      />
      {pageCount > 1 && <Pagination count={pageCount} defaultPage={Math.min(page, pageCount)} getPageLinkProps={(n) => ({ href: `?page=${n}` })} />}
      <p className="fr-mt-3w">
        <Link className="fr-btn" href="/mon-compte/structures/nouvelle">
          + Créer une nouvelle structure
        </Link>
      </p>
    </>
  );
}
