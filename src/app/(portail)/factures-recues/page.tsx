import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { ReceivedInvoicesTable } from "@/features/invoices/received/components/received-invoices-table.tsx";
import { ReceivedSearchForm } from "@/features/invoices/received/components/received-search-form.tsx";
import { changeReceivedInvoicesStatusAction } from "@/features/invoices/received/received-actions.ts";
import { parseReceivedSearch, receivedSearchHref } from "@/features/invoices/received/received-search.ts";
import { listReceivedInvoices } from "@/features/invoices/received/use-cases/list-received-invoices.ts";
import { listReceivedServices } from "@/features/invoices/received/use-cases/list-received-services.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Factures reçues" };

type SearchParams = Record<string, string | string[] | undefined>;

/** Factures reçues: the invoices addressed to the user's public structures, to search, open and process. */
export default async function FacturesRecuesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const { values, filters, fieldErrors } = parseReceivedSearch(await searchParams);
  const [list, services] = await Promise.all([filters ? listReceivedInvoices(user.id, filters) : null, listReceivedServices(user.id)]);

  return (
    <>
      <h1>Factures reçues</h1>
      <ReceivedSearchForm values={values} fieldErrors={fieldErrors} services={services} />
      {!list ? (
        <Alert severity="error" small description="Les critères de recherche comportent des erreurs : corrigez les champs signalés." />
      ) : (
        <>
          <p className="fr-text--sm fr-mb-1w" role="status">
            {list.pageSize} lignes par page ({list.total} {list.total > 1 ? "factures" : "facture"})
          </p>
          {list.total === 0 ? (
            <p>Aucune facture reçue ne correspond à ces critères.</p>
          ) : (
            <ReceivedInvoicesTable rows={list.invoices} serverAction={changeReceivedInvoicesStatusAction} />
          )}
          {list.pageCount > 1 && (
            <Pagination count={list.pageCount} defaultPage={list.page} showFirstLast getPageLinkProps={(n) => ({ href: receivedSearchHref(values, { page: String(n) }) })} />
          )}
        </>
      )}
    </>
  );
}
