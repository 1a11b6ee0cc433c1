import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { directorySearchSchema, type DirectorySearchInput } from "../schemas.ts";
import { COUNT_LIMIT, matching } from "../data/directory-search.ts";

export type DirectoryEntry = { id: string; identifier: string; raisonSociale: string; codePostal: string; ville: string };

export type DirectoryPage = {
  structures: DirectoryEntry[];
  /** Number of matches, at most COUNT_LIMIT; `more` says there are more than that. */
  total: number;
  more: boolean;
  page: number;
  pageSize: number;
  pageCount: number;
};

/**
 * "Rechercher une structure publique" / "Recherche de destinataire": the active public structures matching
 * the criteria, by raison sociale, one page at a time. The directory is public: no user, nothing to authorise.
 */
export async function searchPublicDirectory(input: DirectorySearchInput): Promise<DirectoryPage> {
  const parsed = directorySearchSchema.safeParse(input);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new AppError("VALIDATION", issue.message, issue.path.join("."));
  }
  const { page, parPage: pageSize, ...criteria } = parsed.data;
  const where = matching(criteria);

  // The count first (it stops at COUNT_LIMIT + 1 matches): it tells which way the page is found faster.
  const [{ count }] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (SELECT 1 FROM structures WHERE ${where} LIMIT ${COUNT_LIMIT + 1}) AS found`;
  const offset = (page - 1) * pageSize;
  const structures =
    count > COUNT_LIMIT
      ? // Many matches ("commune", "LE"): the directory read in page order (structures_directory_order_idx, which holds
        // the columns filtered and shown), stopping once the page is full; finding and sorting them all read every row.
        await db.$queryRaw<DirectoryEntry[]>`
          SELECT id, identifier, raison_sociale AS "raisonSociale", code_postal AS "codePostal", ville
          FROM structures WHERE ${where}
          ORDER BY raison_sociale, identifier
          LIMIT ${pageSize} OFFSET ${offset}`
      : // At most COUNT_LIMIT: "OFFSET 0" keeps the matches found first (through the trigram indexes), then sorted: otherwise
        // PostgreSQL may walk the directory in order and filter, which is slow when the few matches sit late in the
        // alphabet ("SYNDICAT": 45,000 rows skipped). This way a search costs at most its number of matches.
        await db.$queryRaw<DirectoryEntry[]>`
          SELECT id, identifier, "raisonSociale", "codePostal", ville FROM (
            SELECT id, identifier, raison_sociale AS "raisonSociale", code_postal AS "codePostal", ville
            FROM structures WHERE ${where} OFFSET 0
          ) AS found
          ORDER BY "raisonSociale", identifier
          LIMIT ${pageSize} OFFSET ${offset}`;
  const more = count > COUNT_LIMIT;
  const total = Math.min(count, COUNT_LIMIT);
  return { structures, total, more, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
