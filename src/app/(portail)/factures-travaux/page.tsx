import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { listWorksDocuments, worksListSchema } from "@/features/invoices/works/index.ts";
import { WorksDocumentsTable } from "@/features/invoices/works/components/works-documents-table.tsx";
import { WorksListFiltersForm } from "@/features/invoices/works/components/works-list-filters.tsx";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Factures de travaux" };

type SearchParams = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/** « Rechercher » of Factures de travaux: the supplier's works documents, newest first, with their status. */
export default async function FacturesTravauxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const parsed = worksListSchema.safeParse({ side: "FOURNISSEUR", status: single(params.statut), marketNumber: single(params.marche), page: single(params.page) });
  const filters = parsed.success ? parsed.data : worksListSchema.parse({ side: "FOURNISSEUR" });
  const list = await listWorksDocuments({ userId: user.id, filters });
  const pageCount = Math.max(1, Math.ceil(list.total / list.pageSize));
  const href = (page: number) => `/factures-travaux?${new URLSearchParams({ ...(filters.status ? { statut: filters.status } : {}), ...(filters.marketNumber ? { marche: filters.marketNumber } : {}), page: String(page) })}`;

  return (
    <>
      <h1>Factures de travaux</h1>
      <p>
        Vos projets de décompte, états d&apos;acompte et décomptes des marchés de travaux : un projet de décompte passe par la maîtrise d&apos;œuvre, qui
        dispose de 7 jours pour le vérifier, avant le maître d&apos;ouvrage qui le paie.
      </p>
      <WorksListFiltersForm action="/factures-travaux" status={filters.status} marketNumber={filters.marketNumber} />
      <p className="fr-text--sm fr-mb-1w" role="status">
        {list.total} {list.total > 1 ? "documents" : "document"}
      </p>
      {list.total === 0 ? <p>Aucun document de travaux ne correspond à cette recherche.</p> : <WorksDocumentsTable rows={list.rows} basePath="/factures-travaux" caption="Documents de travaux" />}
      {pageCount > 1 && <Pagination count={pageCount} defaultPage={list.page} showFirstLast getPageLinkProps={(n) => ({ href: href(n) })} />}
    </>
  );
}
