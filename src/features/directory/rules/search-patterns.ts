// How the directory's criteria become SQL LIKE patterns on the normalised columns. Pure.
import { normaliseForSearch, wildcardToLike } from "./search-text.ts";

/**
 * "Siret / Identifiant": the identifier starts with what was typed (spaces ignored, "222 200 016" works),
 * and `*` stands for any characters ("*00327" = ends with or contains 00327). Null when nothing was typed.
 */
export function identifierToLike(identifiant: string): string | null {
  const compact = normaliseForSearch(identifiant).replace(/ /g, "");
  if (!/[A-Z0-9]/.test(compact)) return null;
  return `${compact.replace(/\*/g, "%")}%`.replace(/%+/g, "%");
}

/**
 * "Nom, Ville, Code Postal ou Raison Sociale": every word must appear in the structure's search text
 * (identifier, raison sociale, libellé, code postal, ville), in any case and with or without accents;
 * `*` stands for any characters inside a word ("BR*ST"). One LIKE pattern per word.
 */
export function textToLikePatterns(texte: string): string[] {
  return normaliseForSearch(texte)
    .split(" ")
    .filter((word) => /[A-Z0-9]/.test(word))
    .map(wildcardToLike);
}
