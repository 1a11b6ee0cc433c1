import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { pageHrefs } from "@/components/page-hrefs.ts";
import { PaginationLinks } from "@/components/pagination-links.tsx";
import { changeReceivedInvoicesStatusAction } from "@/features/invoices/received/actions.ts";
import { listReceivedInvoices, listReceivedSearches, listReceivedServices, MAX_ZIP_INVOICES, parseReceivedSearch, receivedCriteriaQuery, receivedSearchHref, type ReceivedInvoiceRow } from "@/features/invoices/received/index.ts";
import { ReceivedInvoicesTable, ReceivedSearchForm, SavedSearches } from "@/features/invoices/received/ui.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Factures reçues" };

type SearchParams = Record<string, string | string[] | undefined>;

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

/**
 * The fields the table shows, no more: its rows are a client component's props, serialized into the page for
 * hydration (a row of the list carries its type, recipient, supplier's SIRET… that the table does not show).
 */
const tableRow = ({ id, number, supplierName, invoiceDate, depositDate, service, status, totalGross, paymentDeadline, mayModify }: ReceivedInvoiceRow) => ({
  id,
  number,
  supplierName,
  invoiceDate,
  depositDate,
  service,
  status,
  totalGross,
  paymentDeadline,
  mayModify,
});

/** Factures reçues: the invoices addressed to the user's public structures, to search, open, process, export and download. */
export default async function FacturesRecuesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const { values, filters, fieldErrors } = parseReceivedSearch(await searchParams);
  const [list, services, searches] = await Promise.all([
    filters ? listReceivedInvoices({ userId: user.id, filters }) : null,
    listReceivedServices({ userId: user.id }),
    listReceivedSearches({ userId: user.id }),
  ]);
  const criteria = receivedCriteriaQuery(values);

  return (
    <>
      <h1>Factures reçues</h1>
      <ReceivedSearchForm values={values} fieldErrors={fieldErrors} services={services} />
      <SavedSearches searches={searches} criteria={criteria} />
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
            <>
              <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-left">
                <li>
                  <Button priority="secondary" iconId="fr-icon-download-line" linkProps={{ href: withQuery("/factures-recues/export", criteria), download: true }}>
                    Exporter (CSV)
                  </Button>
                </li>
                <li>
                  {list.total <= MAX_ZIP_INVOICES ? (
                    <Button priority="secondary" iconId="fr-icon-download-line" linkProps={{ href: withQuery("/factures-recues/telecharger", criteria), download: true }}>
                      Télécharger la recherche (ZIP)
                    </Button>
                  ) : (
                    <p className="fr-text--sm fr-mb-0">
                      Un fichier ZIP contient {MAX_ZIP_INVOICES.toLocaleString("fr-FR")} factures au plus : précisez vos critères pour télécharger la recherche.
                    </p>
                  )}
                </li>
              </ul>
              <ReceivedInvoicesTable rows={list.invoices.map(tableRow)} serverAction={changeReceivedInvoicesStatusAction} />
            </>
          )}
          {list.pageCount > 1 && (
            <PaginationLinks count={list.pageCount} defaultPage={list.page} showFirstLast hrefs={pageHrefs(list.pageCount, list.page, (n) => receivedSearchHref(values, { page: String(n) }))} />
          )}
        </>
      )}
    </>
  );
}
