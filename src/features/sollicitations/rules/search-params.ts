// The query string of a list's search, read for the form (what was typed) and for the use case (what was understood).
import { sollicitationSearchSchema, type SollicitationSearch } from "../schemas.ts";

type Params = Record<string, string | string[] | undefined>;
const NAMES = ["numero", "statut", "categorie", "facture", "du", "au"] as const;

export function parseSollicitationSearch(params: Params) {
  const values = Object.fromEntries(NAMES.map((name) => [name, typeof params[name] === "string" ? (params[name] as string) : ""])) as Record<(typeof NAMES)[number], string>;
  const parsed = sollicitationSearchSchema.safeParse({ ...values, page: params.page });
  const errors: Partial<Record<(typeof NAMES)[number], string>> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[issue.path[0] as (typeof NAMES)[number]] ??= issue.message;
  return { values, errors, search: parsed.success ? (parsed.data as SollicitationSearch) : null };
}

/** The list's link to another page, its criteria kept. */
export function sollicitationSearchHref(path: string, values: Record<string, string>, page: number) {
  const query = new URLSearchParams(Object.entries(values).filter(([, value]) => value !== ""));
  query.set("page", String(page));
  return `${path}?${query.toString()}`;
}
