import { emptyInvoicePage, readInvoicePage, supplierInvoiceRowSelect } from "@/features/invoices/common/index.ts";
import { latestMotifSelect, prepareSupplierSearch, withMotif, withRejectionHandlers, type SupplierInvoiceRow } from "../data/supplier-invoice-search.ts";
import { SEARCH_PAGE_SIZE, type SearchCriteriaInput } from "../rules/search-criteria.ts";

/**
 * "Rechercher": the user's invoices matching the criteria (numéro by prefix, dates de dépôt, destinataire by name
 * or identifier, état, cadre, rejet traité or not, montant TTC, structure), sorted, 20 per page, with the total; a
 * handled rejection says when and by whom. A structure that is
 * not the user's is NOT_FOUND.
 */
export async function searchSupplierInvoices({ userId, criteria: input = {} }: { userId: string; criteria?: SearchCriteriaInput | Record<string, unknown> }) {
  const { criteria, scope, where, orderBy } = await prepareSupplierSearch(userId, input);
  if (scope.length === 0) return { criteria, ...emptyInvoicePage<SupplierInvoiceRow>(SEARCH_PAGE_SIZE, criteria.page) };
  const page = await readInvoicePage({ where, orderBy, page: criteria.page, pageSize: SEARCH_PAGE_SIZE, select: { ...supplierInvoiceRowSelect, ...latestMotifSelect } }, withMotif);
  return { criteria, ...page, invoices: await withRejectionHandlers(page.invoices) };
}
