import Link from "next/link";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { listWorksDocuments, worksListSchema } from "@/features/invoices/works/index.ts";
import { WorksDocumentsTable } from "@/features/invoices/works/components/works-documents-table.tsx";
import { WorksListFiltersForm } from "@/features/invoices/works/components/works-list-filters.tsx";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Factures de travaux reçues" };

type SearchParams = Record<string, string | string[] | undefined>;
type Side = "MOE" | "MOA";

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
const SIDES: readonly { side: Side; label: string }[] = [
  { side: "MOE", label: "En tant que maîtrise d'œuvre" },
  { side: "MOA", label: "En tant que maître d'ouvrage" },
];

/**
 * « Factures de travaux reçues »: the documents the user's structures receive as maîtrise d'œuvre (to check within 7
 * days: a missed deadline is shown) or as maître d'ouvrage (to follow; the payment is processed in Factures reçues).
 */
export default async function FacturesTravauxRecuesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const criteria = { status: single(params.statut), marketNumber: single(params.marche), page: single(params.page) };
  const parse = (side: Side) => {
    const parsed = worksListSchema.safeParse({ side, ...criteria });
    return parsed.success ? parsed.data : worksListSchema.parse({ side });
  };
  // Both sides are counted: the page opens on the one that holds documents when none is chosen.
  const [asMoe, asMoa] = await Promise.all([listWorksDocuments({ userId: user.id, filters: parse("MOE") }), listWorksDocuments({ userId: user.id, filters: parse("MOA") })]);
  const chosen = single(params.cote);
  const side: Side = chosen === "MOA" || chosen === "MOE" ? chosen : asMoe.total === 0 && asMoa.total > 0 ? "MOA" : "MOE";
  const list = side === "MOE" ? asMoe : asMoa;
  const filters = parse(side);
  const pageCount = Math.max(1, Math.ceil(list.total / list.pageSize));
  const href = (values: Record<string, string | undefined>) =>
    `/factures-travaux-recues?${new URLSearchParams(Object.entries({ cote: side, statut: filters.status, marche: filters.marketNumber, ...values }).filter((entry): entry is [string, string] => Boolean(entry[1])))}`;

  return (
    <>
      <h1>Factures de travaux reçues</h1>
      <p>
        La maîtrise d&apos;œuvre vérifie chaque projet de décompte dans les 7 jours : elle corrige au besoin les montants, avec un commentaire, et le
        transmet au maître d&apos;ouvrage ; sans décision à la date limite, la plateforme le transmet elle-même.
      </p>
      <ul className="fr-tags-group" aria-label="Côté">
        {SIDES.map(({ side: value, label }) => (
          <li key={value}>
            <Link className="fr-tag" href={href({ cote: value, page: undefined })} aria-current={value === side ? "page" : undefined} aria-pressed={value === side}>
              {label} ({(value === "MOE" ? asMoe : asMoa).total})
            </Link>
          </li>
        ))}
      </ul>
      <WorksListFiltersForm action="/factures-travaux-recues" status={filters.status} marketNumber={filters.marketNumber} hidden={{ cote: side }} />
      <p className="fr-text--sm fr-mb-1w" role="status">
        {list.total} {list.total > 1 ? "documents" : "document"}
      </p>
      {list.total === 0 ? (
        <p>Aucun document de travaux ne correspond à cette recherche.</p>
      ) : (
        <WorksDocumentsTable rows={list.rows} basePath="/factures-travaux-recues" caption={SIDES.find((entry) => entry.side === side)!.label} />
      )}
      {pageCount > 1 && <Pagination count={pageCount} defaultPage={list.page} showFirstLast getPageLinkProps={(n) => ({ href: href({ page: String(n) }) })} />}
    </>
  );
}
