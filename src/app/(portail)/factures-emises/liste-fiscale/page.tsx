import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { fiscalCriteriaFromSearchParams, fiscalCriteriaToSearchParams, getFiscalList } from "@/features/invoices/fiscal-list/index.ts";
import { FiscalListTable, FiscalPeriodForm, FiscalTotalsTable } from "@/features/invoices/fiscal-list/ui.ts";
import { listTrackedStructures } from "@/features/invoices/tracking/index.ts";
import { requireUser } from "@/server/auth/session.ts";
import { AppError } from "@/server/errors.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Liste fiscale" };

const count = new Intl.NumberFormat("fr-FR");

/** The current month in Paris, proposed before the first search. */
function currentMonth(now: Date) {
  const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit" }).format(now).split("-");
  return { periode: "mois", annee: year, mois: String(Number(month)) };
}

/**
 * « Liste fiscale »: the invoices the portal issued on behalf of one of the user's structures under its billing
 * mandate, over a month, a quarter, a year or two dates; their totals per VAT rate; the CSV and PDF exports.
 */
export default async function ListeFiscalePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const asked = fiscalCriteriaFromSearchParams(await searchParams);
  const structures = await listTrackedStructures({ userId: user.id });
  const submitted = "periode" in asked;
  const values = submitted ? asked : { ...currentMonth(new Date()), structure: asked.structure ?? structures[0]?.id ?? "" };

  let errors: Record<string, string> = {};
  let list: Awaited<ReturnType<typeof getFiscalList>> | null = null;
  if (submitted && structures.length > 0) {
    try {
      // A structure that is not the user's: the 404 page (nothing leaks).
      list = await findOr404([], () => getFiscalList({ userId: user.id, criteria: values }));
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "VALIDATION") throw error;
      errors = error.fieldErrors ?? { [error.field ?? "periode"]: error.message };
    }
  }
  const query = list ? fiscalCriteriaToSearchParams(list.criteria, { page: 1 }) : null;

  return (
    <>
      <h1>Liste fiscale</h1>
      <p>
        Les factures émises par le portail en votre nom et pour votre compte, en vertu du mandat de facturation de votre structure, sur la période choisie :
        avec l&apos;empreinte SHA-256 de chaque facture déposée et les totaux par taux de TVA (les avoirs sont comptés en négatif).
      </p>
      {structures.length === 0 ? (
        <p className="fr-message fr-message--info">Aucune de vos structures ne vous ouvre l&apos;espace « Factures émises ».</p>
      ) : (
        <FiscalPeriodForm values={values} errors={errors} structures={structures} />
      )}
      {submitted && (
        <section aria-labelledby="titre-liste">
          <h2 id="titre-liste" className="fr-h4">
            {list ? `Liste fiscale — ${list.supplier.raisonSociale}, ${list.period.label}` : "Liste fiscale"}
          </h2>
          {!list || !query ? (
            <p className="fr-message fr-message--error">{Object.keys(errors).length > 0 ? "Les critères comportent des erreurs : corrigez les champs signalés." : ""}</p>
          ) : (
            <>
              <p className="fr-text--sm" aria-live="polite">
                {list.total === 0 ? "Aucune facture émise sous mandat sur la période." : `${count.format(list.total)} ${list.total > 1 ? "factures émises" : "facture émise"} sur la période.`}
                {list.mandates.length > 0 && ` Mandat de facturation : ${list.mandates.join(" ; ")}.`}
              </p>
              <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
                <li>
                  <a className="fr-btn fr-btn--secondary fr-icon-download-line" href={`/factures-emises/liste-fiscale/export-csv?${query}`} download>
                    Exporter (CSV)
                  </a>
                </li>
                <li>
                  <a className="fr-btn fr-btn--secondary fr-icon-file-pdf-line" href={`/factures-emises/liste-fiscale/export-pdf?${query}`} download>
                    Exporter (PDF)
                  </a>
                </li>
              </ul>
              {list.totals.length > 0 && (
                <>
                  <h3 className="fr-h5">Totaux de la période</h3>
                  <FiscalTotalsTable totals={list.totals} />
                </>
              )}
              {list.rows.length > 0 && (
                <>
                  <h3 className="fr-h5">Factures</h3>
                  <FiscalListTable rows={list.rows} />
                </>
              )}
              {list.pageCount > 1 && (
                <Pagination
                  count={list.pageCount}
                  defaultPage={list.page}
                  getPageLinkProps={(n) => ({ href: `/factures-emises/liste-fiscale?${fiscalCriteriaToSearchParams(list.criteria, { page: n })}` })}
                />
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}
