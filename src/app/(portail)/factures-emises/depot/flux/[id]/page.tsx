import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import Link from "next/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { FluxAutoRefresh } from "@/features/invoices/batch/components/flux-auto-refresh.tsx";
import { FluxReportTable } from "@/features/invoices/batch/components/flux-report-table.tsx";
import { FluxStatusBadge } from "@/features/invoices/batch/components/flux-status-badge.tsx";
import { fluxProgressLabel } from "@/features/invoices/batch/rules/flux-status.ts";
import { getDepositFlux } from "@/features/invoices/batch/use-cases/get-deposit-flux.ts";
import { DEPOSIT_MODE_LABELS } from "@/features/invoices/common/rules/deposit-modes.ts";
import { CADRE_LABELS } from "@/features/invoices/common/schemas.ts";
import { formatDayAndTime } from "@/features/invoices/common/rules/invoice-dates.ts";
import { requireUser } from "@/server/auth/session.ts";
import { AppError } from "@/server/errors.ts";
import { pageParam } from "@/lib/page-param.ts";

export const metadata = { title: "Flux" };

const FILTERS = [
  { label: "Toutes", status: undefined },
  { label: "Acceptées", status: "ACCEPTEE" },
  { label: "Rejetées", status: "REJETEE" },
] as const;

type SearchParams = { page?: string; statut?: string };

/** A flux: its details, its progress (refreshed every second while it is processed) and its « Compte rendu ». */
export default async function FluxPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const { id } = await params;
  const query = await searchParams;
  const filter = FILTERS.find((candidate) => candidate.status === query.statut) ?? FILTERS[0];
  const page = pageParam(query.page);
  const flux = await getDepositFlux({ userId: user.id, fluxId: id, query: { page, pageSize: 50, status: filter.status } }).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const href = (status: string | undefined, n = 1) => `/factures-emises/depot/flux/${flux.id}?${new URLSearchParams({ ...(status ? { statut: status } : {}), page: String(n) })}`;

  const details: [string, ReactNode][] = [
    ["Statut", <FluxStatusBadge key="statut" status={flux.status} />],
    ["Date de dépôt", formatDayAndTime(flux.createdAt)],
    ["Fin du traitement", flux.finishedAt ? formatDayAndTime(flux.finishedAt) : "En cours"],
    ["Structure", flux.supplierService ? `${flux.supplierName} — service ${flux.supplierService.code} - ${flux.supplierService.libelle}` : flux.supplierName],
    ["Format", DEPOSIT_MODE_LABELS[flux.format]],
    ["Cadre de facturation", CADRE_LABELS[flux.cadre]],
    ["Fichiers déposés", flux.uploadName],
  ];

  return (
    <>
      {flux.status === "EN_COURS" && <FluxAutoRefresh />}
      <p className="fr-mb-1w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/factures-emises/depot/flux">
          Suivi des flux
        </Link>
      </p>
      <h1>Flux n° {flux.number}</h1>
      <dl className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
        {details.map(([term, value]) => (
          <div key={term} className="fr-col-12 fr-col-sm-6 fr-col-md-4">
            <dt className="fr-text--bold fr-mb-0">{term}</dt>
            <dd className="fr-m-0">{value}</dd>
          </div>
        ))}
      </dl>

      <div className="fr-mb-4w">
        <label className="fr-label" htmlFor="flux-progression">
          {fluxProgressLabel(flux.processedCount, flux.invoiceCount)}
        </label>
        <progress id="flux-progression" className="fr-mt-1w" style={{ width: "100%", height: "1rem" }} max={flux.invoiceCount} value={flux.processedCount}>
          {fluxProgressLabel(flux.processedCount, flux.invoiceCount)}
        </progress>
        {flux.processedCount > 0 && (
          <p className="fr-text--sm fr-mt-1w">
            {flux.acceptedCount} acceptée{flux.acceptedCount > 1 ? "s" : ""}, {flux.rejectedCount} rejetée{flux.rejectedCount > 1 ? "s" : ""}
          </p>
        )}
      </div>

      <h2>Compte rendu</h2>
      <ul className="fr-tags-group fr-mb-2w" aria-label="Filtrer le compte rendu">
        {FILTERS.map((candidate) => (
          <li key={candidate.label}>
            <Link className="fr-tag" href={href(candidate.status)} aria-current={candidate === filter ? "true" : undefined}>
              {candidate.label}
            </Link>
          </li>
        ))}
      </ul>
      {flux.items.length === 0 ? <p>Aucun fichier.</p> : <FluxReportTable items={flux.items} />}
      {flux.pageCount > 1 && <Pagination count={flux.pageCount} defaultPage={flux.page} getPageLinkProps={(n) => ({ href: href(filter.status, n) })} />}
    </>
  );
}
