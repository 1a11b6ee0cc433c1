import { z } from "zod";

/** "5 lignes par page", as on the portal, or more. */
export const PAGE_SIZES = [5, 10, 20] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

const hasLetterOrDigit = (value: string) => /[\p{L}\p{N}]/u.test(value);

/** The criteria of a search (a Siret / identifiant, a text), shared by the pages' form and the API's structures/rechercher. */
export const DIRECTORY_CRITERIA_FIELDS = {
  identifiant: z
    .string()
    .trim()
    .max(40, "Le Siret / Identifiant comporte au plus 40 caractères.")
    .regex(/^[\p{L}\p{N}*\s]*$/u, "Le Siret / Identifiant ne contient que des chiffres, des lettres et le caractère *.")
    .default(""),
  texte: z.string().trim().max(100, "Saisissez au plus 100 caractères.").default(""),
};

/** For superRefine: a search needs at least one criterion with a letter or a digit. */
export function checkDirectoryCriteria(criteria: { identifiant: string; texte: string }, context: z.RefinementCtx) {
  if (!hasLetterOrDigit(criteria.identifiant) && !hasLetterOrDigit(criteria.texte)) {
    context.addIssue({
      code: "custom",
      path: ["identifiant"],
      message: "Saisissez au moins un critère : un Siret / Identifiant, ou un nom, une ville, un code postal ou une raison sociale.",
    });
  }
}

/**
 * "Recherche de destinataire": the criteria of the public directory, read from the URL (GET form) by the
 * pages and by the use case alike. A page number or size that does not make sense falls back to the first
 * page of 5 lines rather than failing: they come from links, not from what the user typed.
 */
export const directorySearchSchema = z
  .object({
    ...DIRECTORY_CRITERIA_FIELDS,
    page: z.coerce.number().int().min(1).catch(1),
    parPage: z.coerce.number().pipe(z.literal(PAGE_SIZES)).catch(5),
  })
  .superRefine(checkDirectoryCriteria);

/** What a form or a link gives: strings from the URL, or numbers from code. */
export type DirectorySearchInput = { identifiant?: string; texte?: string; page?: number | string; parPage?: number | string };
export type DirectorySearch = z.output<typeof directorySearchSchema>;
