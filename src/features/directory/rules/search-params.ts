// The directory search's criteria as the URL gives them (GET form: they stay in the address, so a search can be
// shared or reloaded, and a structure's page links back to it). Pure.

export type SearchParams = Record<string, string | string[] | undefined>;

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function criteriaFrom(searchParams: SearchParams) {
  return {
    identifiant: firstValue(searchParams.identifiant),
    texte: firstValue(searchParams.texte),
    page: firstValue(searchParams.page),
    parPage: firstValue(searchParams.parPage),
  };
}
