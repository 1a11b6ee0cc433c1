import { db } from "@/server/db.ts";
import { STRUCTURE_SEARCH_ORDER, structureSearchSelect, structureWhere } from "../data/structure-search.ts";
import { STRUCTURE_EXPORT_MAX_ROWS } from "../rules/structure-search-csv.ts";
import type { StructureSearch } from "../schemas/rattachement.ts";

/** "Exporter les résultats": the structures matching the criteria, in the chosen order (at most the export's bound, plus one). */
export function exportStructures({ search }: { search: StructureSearch }) {
  return db.structure.findMany({ where: structureWhere(search), orderBy: STRUCTURE_SEARCH_ORDER[search.tri](search.ordre), select: structureSearchSelect, take: STRUCTURE_EXPORT_MAX_ROWS + 1 });
}
