"use client";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import type { PageHrefs } from "./page-hrefs.ts";

/**
 * The DSFR pagination of a list, its links from `hrefs` (page-hrefs.ts). A client component: the page carries these
 * few props for hydration instead of the pagination's tree (about 2.5 KB a page; decision 0025, fourth pass).
 */
export function PaginationLinks({ count, defaultPage, showFirstLast, hrefs }: { count: number; defaultPage: number; showFirstLast?: boolean; hrefs: PageHrefs }) {
  const href = (page: number) => (page === 1 ? hrefs.first : (hrefs.pages?.[page] ?? `${hrefs.prefix}${page}${hrefs.suffix}`));
  return <Pagination count={count} defaultPage={defaultPage} showFirstLast={showFirstLast} getPageLinkProps={(page) => ({ href: href(page) })} />;
}
