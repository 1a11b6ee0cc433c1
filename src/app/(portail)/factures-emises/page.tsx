import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { getSupplierSummary } from "@/features/invoices/tracking/index.ts";
import { SummaryTable } from "@/features/invoices/tracking/ui.ts";
import { listInvoiceSuppliers } from "@/features/invoices/entry/use-cases/list-invoice-suppliers.ts";
import { listSupplierInvoices } from "@/features/invoices/entry/use-cases/list-supplier-invoices.ts";
import { InvoiceListTable } from "@/features/invoices/entry/components/invoice-list-table.tsx";
import { mayModifyEspace } from "@/features/structures/use-cases/may-modify-espace.ts";
import { StructureFilter } from "@/features/invoices/common/components/structure-filter.tsx";
import { pageParam } from "@/lib/page-param.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Factures émises" };

const PAGE_SIZE = 10;

type SearchParams = { structure?: string; page?: string };

/**
 * Synthèse of Factures émises: how many invoices, for how much, in each état; then "Factures à traiter", the
 * invoices of the user's supplier structures (or of the one chosen), latest change first.
 */
export default async function FacturesEmisesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const query = await searchParams;
  const structureId = query.structure || undefined;
  const page = pageParam(query.page);
  // "Filtre Structure": one of the user's structures, or the 404 page.
  const chosen = structureId ? [structureId] : [];

  const [summary, list, suppliers] = await Promise.all([
    findOr404(chosen, () => getSupplierSummary({ userId: user.id, structureId })),
    findOr404(chosen, () => listSupplierInvoices({ userId: user.id, query: { structureId, page, pageSize: PAGE_SIZE } })),
    listInvoiceSuppliers({ userId: user.id, needed: "CONSULTATION" }),
  ]);
  const mayModify = await mayModifyEspace({ userId: user.id, espace: "FACTURES_EMISES" });
  const pageHref = (n: number) => `/factures-emises?${new URLSearchParams({ ...(structureId ? { structure: structureId } : {}), page: String(n) })}`;

  return (
    <>
      <h1>Factures à traiter</h1>
      <StructureFilter action="/factures-emises" structures={suppliers} selected={structureId} withReload />
      <section aria-labelledby="titre-synthese" className="fr-mb-4w">
        <h2 id="titre-synthese" className="fr-h4">
          Synthèse par état
        </h2>
        <SummaryTable summary={summary} structureId={structureId} />
      </section>
      <section aria-labelledby="titre-liste">
        <h2 id="titre-liste" className="fr-h4">
          Factures
        </h2>
        <p className="fr-text--sm fr-mb-1w">
          {PAGE_SIZE} lignes par page ({list.total} {list.total > 1 ? "factures" : "facture"})
        </p>
        {list.total === 0 ? <p>Aucune facture.{mayModify && " Saisissez votre première facture avec « Saisir facture »."}</p> : <InvoiceListTable rows={list.invoices} mayModify={mayModify} />}
        {list.pageCount > 1 && <Pagination count={list.pageCount} defaultPage={list.page} getPageLinkProps={(n) => ({ href: pageHref(n) })} />}
      </section>
    </>
  );
}
