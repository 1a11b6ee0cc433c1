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

  const [structures, [{ count }]] = await Promise.all([
    // "OFFSET 0" keeps the matches found first (through the trigram indexes), then sorted: otherwise PostgreSQL may walk
    // the raison sociale index in order and filter, which is slow when the matches sit late in the alphabet
    // ("SYNDICAT": 45,000 rows skipped). This way a search costs at most its number of matches.
    db.$queryRaw<DirectoryEntry[]>`
      SELECT id, identifier, "raisonSociale", "codePostal", ville FROM (
        SELECT id, identifier, raison_sociale AS "raisonSociale", code_postal AS "codePostal", ville
        FROM structures WHERE ${where} OFFSET 0
      ) AS found
      ORDER BY "raisonSociale", identifier
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM (SELECT 1 FROM structures WHERE ${where} LIMIT ${COUNT_LIMIT + 1}) AS found`,
  ]);
  const more = count > COUNT_LIMIT;
  const total = Math.min(count, COUNT_LIMIT);
  return { structures, total, more, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
