import { db } from "@/server/db.ts";
import { STRUCTURE_SEARCH_ORDER, structureSearchSelect, structureWhere } from "../data/structure-search.ts";
import type { StructureSearch } from "../schemas/rattachement.ts";

/**
 * "Demander un rattachement": the structures matching the criteria, one page of them, with the searching user's
 * own rattachement to each (so that the page can say "déjà rattaché"). Every signed-in user may search.
 */
export async function searchStructures({ userId, search }: { userId: string; search: StructureSearch }) {
  const where = structureWhere(search);
  const [total, structures] = await db.$transaction([
    db.structure.count({ where }),
    db.structure.findMany({
      where,
      orderBy: STRUCTURE_SEARCH_ORDER[search.tri](search.ordre),
      skip: (search.page - 1) * search.lignes,
      take: search.lignes,
      select: { ...structureSearchSelect, rattachements: { where: { userId }, select: { status: true } } },
    }),
  ]);
  return {
    total,
    structures: structures.map(({ rattachements, ...structure }) => ({ ...structure, ownStatus: rattachements[0]?.status ?? null })),
  };
}
