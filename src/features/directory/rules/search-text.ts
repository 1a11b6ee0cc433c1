// The text the directory searches, and how a user's "*" search becomes a SQL LIKE pattern. Pure.
import { escapeLike } from "@/lib/sql-like.ts";

/** Upper case without accents or punctuation: "Côtes-d'Armor" → "COTES D ARMOR". */
export function normaliseForSearch(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9*]+/g, " ")
    .trim();
}

export function structureSearchText(s: { identifier: string; raisonSociale: string; libelle?: string | null; codePostal: string; ville: string }): string {
  return normaliseForSearch([s.identifier, s.raisonSociale, s.libelle ?? "", s.codePostal, s.ville].join(" "));
}

/**
 * "BREST*" → "%BREST%" style LIKE pattern: `*` stands for any characters, as on the portal; LIKE's own
 * wildcards typed by the user are escaped. Without `*` the text may stand anywhere.
 */
export function wildcardToLike(query: string): string {
  const normalised = normaliseForSearch(query);
  return `%${escapeLike(normalised).replace(/\*/g, "%")}%`.replace(/%+/g, "%");
}
