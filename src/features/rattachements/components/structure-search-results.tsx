import { Button } from "@codegouvfr/react-dsfr/Button";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import Link from "next/link";
import { PAGE_SIZES, structureSearchQuery, type StructureSearch } from "../schemas/rattachement.ts";
import { RATTACHEMENT_STATUS_LABELS, STRUCTURE_STATUS_LABELS } from "@/features/structures/ui.ts";
import type { searchStructures } from "../use-cases/search-structures.ts";
import { RattachementRequestForm } from "./rattachement-request-form.tsx";

const SORTABLE = [
  ["identifiant", "Identifiant"],
  ["designation", "Désignation"],
  ["statut", "Statut"],
] as const;

type Props = { search: StructureSearch; result: Awaited<ReturnType<typeof searchStructures>>; path: string; exportPath: string };

/** "Résultat de la recherche": sortable columns, pages of 5, 10 or 20 lines, export, and the request of a rattachement. */
export function StructureSearchResults({ search, result, path, exportPath }: Props) {
  const href = (changes: Partial<StructureSearch>) => `${path}?${structureSearchQuery(search, changes)}`;
  const pageCount = Math.max(1, Math.ceil(result.total / search.lignes));

  const headers = [
    ...SORTABLE.map(([sort, label]) => {
      const active = search.tri === sort;
      const next = active && search.ordre === "asc" ? "desc" : "asc";
      return (
        <Link key={sort} href={href({ tri: sort, ordre: next, page: 1 })} aria-label={`${label} : trier par ordre ${next === "asc" ? "croissant" : "décroissant"}`}>
          {label} ↑↓
        </Link>
      );
    }),
    "Actions",
    "Sélection",
  ];
  const rows = result.structures.map((s) => ({
    id: s.id,
    identifier: s.identifier,
    designation: s.raisonSociale,
    status: STRUCTURE_STATUS_LABELS[s.status],
    address: [s.adresse, `${s.codePostal} ${s.ville}`, s.pays].join(", "),
    ownStatus: s.ownStatus && RATTACHEMENT_STATUS_LABELS[s.ownStatus],
  }));

  return (
    <section aria-labelledby="titre-resultat" className="fr-mt-4w">
      <h2 id="titre-resultat" className="fr-h5">
        Résultat de la recherche
      </h2>
      <p>
        <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`${exportPath}?${structureSearchQuery(search)}`} download>
          Exporter les résultats
        </a>
      </p>
      {result.total === 0 ? (
        <p>
          Aucune Structure ne correspond aux critères renseignés. Si vous souhaitez créer la structure, cliquez sur le bouton &quot;Saisir une nouvelle
          structure&quot;.
        </p>
      ) : (
        <RattachementRequestForm headers={headers} rows={rows} />
      )}
      <Pagination count={pageCount} defaultPage={Math.min(search.page, pageCount)} getPageLinkProps={(page) => ({ href: href({ page }) })} />
      <p className="fr-mt-1w">
        Lignes par page :{" "}
        {PAGE_SIZES.map((size) => (
          <Link key={size} className="fr-link fr-mr-1w" href={href({ lignes: size, page: 1 })} aria-current={size === search.lignes ? "true" : undefined}>
            {size}
            <span className="fr-sr-only"> lignes par page</span>
          </Link>
        ))}
      </p>
      <p role="status">Total de {result.total} structure(s).</p>
      <Button iconId="fr-icon-add-line" iconPosition="left" priority="secondary" linkProps={{ href: "/mon-compte/structures/nouvelle" }}>
        Saisir une nouvelle structure
      </Button>
    </section>
  );
}
