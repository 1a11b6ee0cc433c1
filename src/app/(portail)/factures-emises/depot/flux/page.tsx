import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import { FluxStatusBadge } from "@/features/invoices/batch/components/flux-status-badge.tsx";
import { listDepositFlux } from "@/features/invoices/batch/use-cases/list-deposit-flux.ts";
import { DEPOSIT_MODE_LABELS } from "@/features/invoices/common/rules/deposit-modes.ts";
import { formatDayAndTime } from "@/features/invoices/common/rules/invoice-dates.ts";
import { requireUser } from "@/server/auth/session.ts";
import { pageParam } from "@/lib/page-param.ts";

export const metadata = { title: "Suivi des flux" };

const PAGE_SIZE = 20;
const count = new Intl.NumberFormat("fr-FR");

/** « Suivi des flux »: the batch deposits of the user's supplier structures, newest first. */
export default async function SuiviDesFluxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const page = pageParam((await searchParams).page);
  const list = await listDepositFlux({ userId: user.id, query: { page, pageSize: PAGE_SIZE } });
  const severalSuppliers = new Set(list.fluxes.map((flux) => flux.supplierName)).size > 1;

  return (
    <>
      <h1>Suivi des flux</h1>
      <ul className="fr-links-group fr-mb-3w">
        <li>
          <Link className="fr-link fr-icon-stack-line fr-link--icon-left" href="/factures-emises/depot/lot">
            Dépôt par lot
          </Link>
        </li>
      </ul>
      <p className="fr-text--sm fr-mb-1w">
        {PAGE_SIZE} lignes par page ({list.total} flux)
      </p>
      {list.total === 0 ? (
        <p>Aucun flux. Déposez plusieurs factures en une fois avec « Dépôt par lot ».</p>
      ) : (
        <Table
          fixed
          headers={["Numéro de flux", "Date de dépôt", "Format", "Nombre de factures", "Statut", ...(severalSuppliers ? ["Structure"] : [])]}
          data={list.fluxes.map((flux) => [
            <Link key={flux.id} className="fr-link" href={`/factures-emises/depot/flux/${flux.id}`}>
              {flux.number}
            </Link>,
            formatDayAndTime(flux.createdAt),
            DEPOSIT_MODE_LABELS[flux.format],
            count.format(flux.invoiceCount),
            <FluxStatusBadge key={`${flux.id}-statut`} status={flux.status} />,
            ...(severalSuppliers ? [flux.supplierName] : []),
          ])}
        />
      )}
      {list.pageCount > 1 && <Pagination count={list.pageCount} defaultPage={list.page} getPageLinkProps={(n) => ({ href: `/factures-emises/depot/flux?page=${n}` })} />}
    </>
  );
}
