import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import type { SollicitationRow } from "../data/detail.ts";
import { SOLLICITATION_PATHS, type SollicitationViewpoint } from "../rules/paths.ts";
import { sollicitationSearchHref } from "../rules/search-params.ts";
import { SollicitationSearchForm, type SearchValues } from "./search-form.tsx";
import { SollicitationsTable } from "./sollicitations-table.tsx";

type List = { rows: SollicitationRow[]; total: number; page: number; pageCount: number };

/** A list page's body: the search form, the table (or why there is none), the pages. */
export function SollicitationsList({ viewpoint, values, errors, list }: { viewpoint: SollicitationViewpoint; values: SearchValues; errors: Partial<Record<keyof SearchValues, string>>; list: List | null }) {
  return (
    <>
      <SollicitationSearchForm values={values} errors={errors} />
      {!list ? (
        <p className="fr-error-text">Les critères de recherche comportent des erreurs : corrigez les champs signalés.</p>
      ) : list.total === 0 ? (
        <p>Aucune sollicitation ne correspond à ces critères.</p>
      ) : (
        <SollicitationsTable rows={list.rows} viewpoint={viewpoint} caption={`${list.total} sollicitation${list.total > 1 ? "s" : ""}`} />
      )}
      {list && list.pageCount > 1 && (
        <Pagination count={list.pageCount} defaultPage={list.page} showFirstLast getPageLinkProps={(n) => ({ href: sollicitationSearchHref(SOLLICITATION_PATHS[viewpoint], values, n) })} />
      )}
    </>
  );
}
