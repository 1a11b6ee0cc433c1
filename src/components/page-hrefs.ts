// The links of a list's pages, in few bytes: the first page's, and the others' as the text around the page number.
// For PaginationLinks (pagination-links.tsx), which receives them as props.

/** `first`: page 1's link; page n's is `${prefix}${n}${suffix}`, or `pages[n]` when given. */
export type PageHrefs = { first: string; prefix: string; suffix: string; pages?: Record<number, string> };

const MARKER = 987_654_321;

/**
 * The links of the pages `hrefOf` makes. When the marker page number also occurs elsewhere in a link (a criterion
 * typed by the user), the links of the pages the DSFR pagination may show are given one by one instead.
 */
export function pageHrefs(count: number, page: number, hrefOf: (page: number) => string): PageHrefs {
  const first = hrefOf(1);
  const parts = hrefOf(MARKER).split(String(MARKER));
  if (parts.length === 2) return { first, prefix: parts[0], suffix: parts[1] };
  const shown = new Set<number>([count, page - 1, page + 1]);
  for (let n = 1; n <= Math.min(count, 10); n++) shown.add(n);
  for (let n = Math.max(1, count - 9); n <= count; n++) shown.add(n);
  for (let n = page; n <= Math.min(count, page + 3); n++) shown.add(n);
  const pages: Record<number, string> = {};
  for (const n of shown) if (n >= 2 && n <= count) pages[n] = hrefOf(n);
  return { first, prefix: "", suffix: "", pages };
}
