import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { changeReceivedInvoicesStatusAction } from "@/features/invoices/received/actions.ts";
import { listReceivedInvoices, listReceivedServices, parseReceivedSearch, receivedSearchHref } from "@/features/invoices/received/index.ts";
import { ReceivedInvoicesTable, ReceivedSearchForm } from "@/features/invoices/received/ui.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Factures reçues" };

type SearchParams = Record<string, string | string[] | undefined>;

/** Factures reçues: the invoices addressed to the user's public structures, to search, open and process. */
export default async function FacturesRecuesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const { values, filters, fieldErrors } = parseReceivedSearch(await searchParams);
  const [list, services] = await Promise.all([filters ? listReceivedInvoices({ userId: user.id, filters }) : null, listReceivedServices({ userId: user.id })]);

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
