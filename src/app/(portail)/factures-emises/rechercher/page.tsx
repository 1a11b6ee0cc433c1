import { pageHrefs } from "@/components/page-hrefs.ts";
import { PaginationLinks } from "@/components/pagination-links.tsx";
import { criteriaFromSearchParams, criteriaToSearchParams, EXPORT_MAX_ROWS, listTrackedStructures, searchCriteriaSchema, searchSupplierInvoices } from "@/features/invoices/tracking/index.ts";
import { SearchForm, SearchResultsTable } from "@/features/invoices/tracking/ui.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Rechercher une facture émise" };

const count = new Intl.NumberFormat("fr-FR");

/** "Rechercher": the criteria (GET), the invoices found 20 per page with sortable columns, and « Exporter (CSV) ». */
export default async function RechercherFacturesEmisesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const values = criteriaFromSearchParams(await searchParams);
  const parsed = searchCriteriaSchema.safeParse(values);
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[issue.path.join(".")] ??= issue.message;

  const [result, structures] = await Promise.all([
    // The criteria's structure (checked by the schema) must be the user's, or the 404 page.
    parsed.success ? findOr404([], () => searchSupplierInvoices({ userId: user.id, criteria: values })) : null,
    listTrackedStructures({ userId: user.id }),
  ]);
  const query = result ? criteriaToSearchParams(result.criteria) : null;

  return (
    <>
      <h1>Rechercher une facture</h1>
      <SearchForm values={values} errors={errors} structures={structures} />
      <section aria-labelledby="titre-resultat">
        <h2 id="titre-resultat" className="fr-h4">
          Résultat de la recherche
        </h2>
        {!result || !query ? (
          <p className="fr-message fr-message--error">Les critères comportent des erreurs : corrigez les champs signalés.</p>
        ) : (
          <>
            <div className="fr-grid-row fr-grid-row--middle fr-mb-1w">
              <p className="fr-col fr-text--sm fr-mb-0" aria-live="polite">
                {result.total === 0 ? "Aucune facture ne correspond aux critères." : `${count.format(result.total)} ${result.total > 1 ? "factures trouvées" : "facture trouvée"} — ${result.pageSize} lignes par page.`}
              </p>
              {result.total > 0 && (
                <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/factures-emises/rechercher/export?${criteriaToSearchParams(result.criteria, { page: 1 })}`} download>
                  Exporter (CSV)
                </a>
              )}
            </div>
            {result.total > EXPORT_MAX_ROWS && (
              <p className="fr-text--sm fr-message fr-message--info">L&apos;export est limité aux {count.format(EXPORT_MAX_ROWS)} premières lignes : précisez vos critères.</p>
            )}
            {result.invoices.length > 0 && <SearchResultsTable rows={result.invoices} criteria={result.criteria} />}
            {result.pageCount > 1 && (
              <PaginationLinks
                count={result.pageCount}
                defaultPage={Math.min(result.page, result.pageCount)}
                hrefs={pageHrefs(result.pageCount, Math.min(result.page, result.pageCount), (n) => `/factures-emises/rechercher?${criteriaToSearchParams(result.criteria, { page: n })}`)}
              />
            )}
          </>
        )}
      </section>
    </>
  );
}
