// What the directory's pages say about a search. Pure.

/** "N structure(s)" above the results. */
export function resultCountLabel(total: number, more: boolean): string {
  if (more) return `Plus de ${total.toLocaleString("fr-FR")} structures : précisez votre recherche pour les voir toutes.`;
  if (total === 0) return "Aucune structure publique ne correspond à votre recherche.";
  return `${total.toLocaleString("fr-FR")} structure${total > 1 ? "s" : ""}`;
}

/** The criteria of a search as a query string, to link to another page of it or back to it. */
export function searchQuery(criteria: { identifiant?: string; texte?: string; parPage?: number | string; page?: number | string }): string {
  const entries = Object.entries(criteria).filter(([, value]) => value !== undefined && value !== "");
  return new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString();
}
