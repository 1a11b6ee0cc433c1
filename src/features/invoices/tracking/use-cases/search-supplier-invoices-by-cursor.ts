import { readInvoiceCursorPage, supplierInvoiceRowSelect } from "@/features/invoices/common/index.ts";
import { latestMotifSelect, prepareSupplierSearch, withMotif } from "../data/supplier-invoice-search.ts";
import type { SearchCriteriaInput } from "../rules/search-criteria.ts";

/** The list a cursor of this search belongs to: a cursor of another list is refused. */
const CURSOR_LIST = "factures-fournisseur";

/**
 * « Rechercher » read by cursor (the API): the same criteria, structures and sort as searchSupplierInvoices (one
 * prepareSupplierSearch), a page after the cursor's row without counting the whole list, so that a deep page costs
 * what the first does. A structure that is not the user's is NOT_FOUND; `page` of the criteria is ignored.
 */
export async function searchSupplierInvoicesByCursor({
  userId,
  criteria: input = {},
  cursor,
  pageSize,
}: {
  userId: string;
  criteria?: SearchCriteriaInput | Record<string, unknown>;
  cursor?: string | null;
  pageSize: number;
}) {
  const { scope, where, orderBy } = await prepareSupplierSearch(userId, input);
  if (scope.length === 0) return { invoices: [], nextCursor: null };
  return readInvoiceCursorPage({ where, orderBy, pageSize, cursor, list: CURSOR_LIST, select: { ...supplierInvoiceRowSelect, ...latestMotifSelect } }, withMotif);
}
