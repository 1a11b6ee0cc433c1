import { z } from "zod";
import { Prisma } from "@/generated/prisma/client.ts";
import { openCursor, sealCursor } from "@/server/cursors.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { matching } from "../data/directory-search.ts";
import { checkDirectoryCriteria, DIRECTORY_CRITERIA_FIELDS } from "../schemas.ts";
import type { DirectoryEntry } from "./search-public-directory.ts";

/** The list a cursor of the directory belongs to: another list's cursor is refused. */
const LIST = "annuaire";

const criteriaSchema = z.object(DIRECTORY_CRITERIA_FIELDS).superRefine(checkDirectoryCriteria);

/**
 * The public directory read by cursor (the API's structures/rechercher): the same criteria and order as the pages'
 * search (raison sociale, then identifier; the id breaks ties), `pageSize` structures after the cursor's, by keyset,
 * so a deep page costs what the first does and no count is made. Public: nothing to authorise.
 */
export async function searchPublicDirectoryByCursor({
  criteria,
  cursor,
  pageSize,
}: {
  criteria: { identifiant?: string; texte?: string };
  cursor?: string;
  pageSize: number;
}): Promise<{ structures: DirectoryEntry[]; nextCursor: string | null }> {
  const parsed = criteriaSchema.safeParse(criteria);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new AppError("VALIDATION", issue.message, issue.path.join("."));
  }
  const conditions = [matching(parsed.data)];
  if (cursor) {
    const afterId = openCursor(LIST, cursor);
    const after = await db.structure.findUnique({ where: { id: afterId }, select: { id: true, raisonSociale: true, identifier: true } });
    if (!after) throw new AppError("VALIDATION", "Curseur invalide : reprenez la pagination depuis la première page.", "curseur");
    conditions.push(Prisma.sql`(raison_sociale, identifier, id) > (${after.raisonSociale}, ${after.identifier}, ${after.id}::uuid)`);
  }
  // "OFFSET 0" keeps the matches found first through the trigram indexes, as searchPublicDirectory does (see there).
  const rows = await db.$queryRaw<DirectoryEntry[]>`
    SELECT id, identifier, "raisonSociale", "codePostal", ville FROM (
      SELECT id, identifier, raison_sociale AS "raisonSociale", code_postal AS "codePostal", ville
      FROM structures WHERE ${Prisma.join(conditions, " AND ")} OFFSET 0
    ) AS found
    ORDER BY "raisonSociale", identifier, id
    LIMIT ${pageSize + 1}`;
  const more = rows.length > pageSize;
  const structures = more ? rows.slice(0, pageSize) : rows;
  return { structures, nextCursor: more ? sealCursor(LIST, structures.at(-1)!.id) : null };
}
