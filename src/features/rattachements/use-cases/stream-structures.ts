import { pagesOf } from "@/lib/csv.ts";
import { db } from "@/server/db.ts";
import { STRUCTURE_SEARCH_ORDER, structureSearchSelect, structureWhere } from "../data/structure-search.ts";
import { STRUCTURE_EXPORT_MAX_ROWS } from "../rules/structure-search-csv.ts";
import type { StructureSearch } from "../schemas/rattachement.ts";

/** "Exporter les résultats", streamed: the structures matching the criteria, one database page at a time as the CSV is written. */
export function streamStructures({ search }: { search: StructureSearch }) {
  const orderBy = [...STRUCTURE_SEARCH_ORDER[search.tri](search.ordre), { id: "asc" as const }];
  return pagesOf((skip, take) => db.structure.findMany({ where: structureWhere(search), orderBy, select: structureSearchSelect, skip, take }), 1000, STRUCTURE_EXPORT_MAX_ROWS);
}
