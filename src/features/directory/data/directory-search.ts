import { Prisma } from "@/generated/prisma/client.ts";
import { identifierToLike, textToLikePatterns } from "../rules/search-patterns.ts";

/** Beyond this many matches the count stops: the page says "plus de 1 000" and asks for a finer search. */
export const COUNT_LIMIT = 1000;

/**
 * The WHERE clause of a search. Written against the raw, normalised columns so that the trigram GIN indexes
 * (structures_identifier_trgm, structures_search_text_trgm) serve every LIKE, including "%...%" ones.
 */
export function matching(criteria: { identifiant: string; texte: string }): Prisma.Sql {
  const conditions = [Prisma.sql`kind = 'PUBLIQUE' AND status = 'ACTIF'`];
  const identifierPattern = identifierToLike(criteria.identifiant);
  if (identifierPattern) conditions.push(Prisma.sql`identifier LIKE ${identifierPattern}`);
  for (const pattern of textToLikePatterns(criteria.texte)) conditions.push(Prisma.sql`search_text LIKE ${pattern}`);
  return Prisma.join(conditions, " AND ");
}
