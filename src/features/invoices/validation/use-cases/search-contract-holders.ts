import { Prisma } from "@/generated/prisma/client.ts";
import { identifierToLike, textToLikePatterns } from "@/features/directory/index.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { CONTRACT_HOLDERS_LIMIT, requireInvoiceAuthor, type ContractHolder } from "../data/contract-holders.ts";
import { contractHolderSearchSchema, type ContractHolderSearch } from "../schemas.ts";

/**
 * The active private structures whose identifier starts with what was typed (spaces ignored, `*` as a wildcard), or
 * whose raison sociale (libellé, ville…) holds every word typed; 10 at most, by raison sociale.
 */
export async function searchContractHolders({ userId, input }: { userId: string; input: ContractHolderSearch }): Promise<ContractHolder[]> {
  await requireInvoiceAuthor(userId);
  const parsed = contractHolderSearchSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", parsed.error.issues[0].message, "query");
  const { query, excludeStructureId } = parsed.data;
  const byIdentifier = identifierToLike(query);
  const words = textToLikePatterns(query);
  const matches = [
    ...(byIdentifier ? [Prisma.sql`identifier LIKE ${byIdentifier}`] : []),
    ...(words.length > 0 ? [Prisma.join(words.map((pattern) => Prisma.sql`search_text LIKE ${pattern}`), " AND ")] : []),
  ];
  if (matches.length === 0) return [];
  const excluded = excludeStructureId ? Prisma.sql`AND id <> ${excludeStructureId}::uuid` : Prisma.empty;
  // "OFFSET 0" as in the directory's search: the matches are found through the trigram indexes first, then sorted.
  return db.$queryRaw<ContractHolder[]>`
    SELECT id, identifier, "raisonSociale", "codePostal", ville FROM (
      SELECT id, identifier, raison_sociale AS "raisonSociale", code_postal AS "codePostal", ville
      FROM structures
      WHERE kind = 'PRIVEE' AND status = 'ACTIF' ${excluded} AND ((${Prisma.join(matches, ") OR (")}))
      OFFSET 0
    ) AS found
    ORDER BY "raisonSociale", identifier
    LIMIT ${CONTRACT_HOLDERS_LIMIT}`;
}
