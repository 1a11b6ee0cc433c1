import { Button } from "@codegouvfr/react-dsfr/Button";
import { Notice } from "@codegouvfr/react-dsfr/Notice";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import { MissingMandateWarning } from "@/features/mandates/components/missing-mandate-warning.tsx";
import { canTransition } from "@/features/mandates/rules/mandate-rules.ts";
import { MANDATE_COLUMNS, mandateCells } from "@/features/mandates/rules/mandate-table.ts";
import { getMandateWarning } from "@/features/mandates/use-cases/get-mandate-warning.ts";
import { listMandates } from "@/features/mandates/use-cases/list-mandates.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";
import { pageParam } from "@/lib/page-param.ts";

export const metadata = { title: "Mandats de facturation" };

const PAGE_SIZE = 5;

const NOTICES: Record<string, string> = {
  souscrit: "Un courriel contenant le lien de signature du mandat vous a été envoyé.",
  signe: "Le mandat de facturation est signé : il est actif.",
  revoque: "Le mandat de facturation est révoqué.",
};

type SearchParams = { page?: string; creation?: string; souscrit?: string; signe?: string; revoque?: string };

export default async function MandatsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const query = await searchParams;
  const user = await requireUser();
  const pageNumber = pageParam(query.page);
  const { structure, total, rows } = await findOr404([id], () => listMandates({ userId: user.id, structureId: id, page: { number: pageNumber, size: PAGE_SIZE } }));
  // "Avertissement" right after the structure's creation too (creation=1), mandate or not.
  const warning = structure.kind === "PRIVEE" ? await getMandateWarning({ userId: user.id, structureId: id, always: query.creation === "1" }) : null;
  const base = `/activites-gestionnaire/structures/${id}/mandats`;
  const notice = Object.keys(NOTICES).find((key) => query[key as keyof SearchParams] === "1");

  return (
    <>
      <p className="fr-mb-1w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={`/activites-gestionnaire/structures/${id}`}>
          Retour à la structure
        </Link>
      </p>
      <h1>Mandats de facturation</h1>
      <p className="fr-text--lead">{structure.raisonSociale}</p>
      {notice && <Notice className="fr-mb-3w" title={NOTICES[notice]} />}
      <MissingMandateWarning structureId={id} warning={warning} />
      <p>
        <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`${base}/export`} download>
          Exporter au format CSV
        </a>
      </p>
      <p className="fr-text--sm fr-mb-1w">
        {PAGE_SIZE} lignes par page ({total} {total > 1 ? "lignes" : "ligne"})
      </p>
      {total === 0 ? (
        <p>Aucun mandat de facturation.</p>
      ) : (
        <Table
          fixed
          headers={[...MANDATE_COLUMNS, "Actions"]}
          data={rows.map((row) => [
            ...mandateCells(row),
            canTransition(row.status, "REVOQUE") ? (
              <Link key={row.id} className="fr-link" href={`${base}/${row.id}/revoquer`}>
                Révoquer<span className="fr-sr-only"> le mandat {row.libelle}</span>
              </Link>
            ) : (
              ""
            ),
          ])}
        />
      )}
      {total > PAGE_SIZE && (
        <Pagination
          count={Math.ceil(total / PAGE_SIZE)}
          defaultPage={pageNumber}
          getPageLinkProps={(page) => ({ href: `${base}?page=${page}` })}
        />
      )}
      {structure.kind === "PRIVEE" && (
        <Button className="fr-mt-3w" linkProps={{ href: `${base}/souscrire` }}>
          + Souscrire un mandat de facturation
        </Button>
      )}
    </>
  );
}
