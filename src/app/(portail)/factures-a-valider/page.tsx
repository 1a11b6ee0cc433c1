import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { listInvoicesToValidate, parseValidationListParams, validationListHref } from "@/features/invoices/validation/index.ts";
import { InvoicesToValidateTable, ValidationStateFilter } from "@/features/invoices/validation/ui.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Factures à valider" };

type SearchParams = Record<string, string | string[] | undefined>;

/** Factures à valider: the A9 / A12 invoices submitted to the user's structures as holders of the contract. */
export default async function FacturesAValiderPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const filters = parseValidationListParams(await searchParams);
  const list = await listInvoicesToValidate({ userId: user.id, filters });

  return (
    <>
      <h1>Factures à valider</h1>
      <p>
        Le titulaire (cadre A9) ou le mandataire (cadre A12) d&apos;un marché valide ou refuse les factures de ses sous-traitants et cotraitants avant leur
        transmission au destinataire. Sans décision à la date limite, la facture est validée automatiquement.
      </p>
      <ValidationStateFilter current={filters.etat} />
      <p className="fr-text--sm fr-mb-1w" role="status">
        {list.pageSize} lignes par page ({list.total} {list.total > 1 ? "factures" : "facture"})
      </p>
      {list.total === 0 ? <p>Aucune facture ne correspond à ce filtre.</p> : <InvoicesToValidateTable rows={list.invoices} />}
      {list.pageCount > 1 && (
        <Pagination count={list.pageCount} defaultPage={list.page} showFirstLast getPageLinkProps={(n) => ({ href: validationListHref({ ...filters, page: n }) })} />
      )}
    </>
  );
}
