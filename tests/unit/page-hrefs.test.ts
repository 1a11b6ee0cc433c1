import { describe, expect, it } from "vitest";
import { pageHrefs } from "@/components/page-hrefs.ts";

const linkOf = (hrefs: ReturnType<typeof pageHrefs>, page: number) => (page === 1 ? hrefs.first : (hrefs.pages?.[page] ?? `${hrefs.prefix}${page}${hrefs.suffix}`));

describe("pageHrefs: a list's page links in few bytes", () => {
  it("gives every page's link as the function makes it, the page number anywhere in it", () => {
    const hrefOf = (page: number) => `/factures-recues?numero=FB&page=${page}&tri=date`;
    const hrefs = pageHrefs(50, 7, hrefOf);
    expect(hrefs.pages).toBeUndefined();
    for (const page of [1, 2, 7, 49, 50]) expect(linkOf(hrefs, page)).toBe(hrefOf(page));
  });

  it("keeps page 1's own link (Rechercher leaves page=1 out)", () => {
    const hrefOf = (page: number) => `/factures-emises/rechercher?${page === 1 ? "" : `page=${page}`}`;
    const hrefs = pageHrefs(12, 1, hrefOf);
    expect(linkOf(hrefs, 1)).toBe("/factures-emises/rechercher?");
    expect(linkOf(hrefs, 12)).toBe("/factures-emises/rechercher?page=12");
  });

  it("lists the shown pages one by one when a criterion contains the marker number", () => {
    const hrefOf = (page: number) => `/factures-recues?numero=987654321&page=${page}`;
    const hrefs = pageHrefs(40, 20, hrefOf);
    expect(hrefs.pages).toBeDefined();
    // The DSFR pagination shows 1, the neighbours, a window from the current page and the last four.
    for (const page of [1, 19, 20, 21, 22, 23, 37, 38, 39, 40]) expect(linkOf(hrefs, page)).toBe(hrefOf(page));
  });
});
