import { emptyInvoicePage, pageNumber, readInvoicePage } from "@/features/invoices/common/index.ts";
import { receivedOrderBy } from "../data/received-filters.ts";
import { receivedListQuery, receivedRowSelect, toReceivedRow, type ReceivedInvoiceRow } from "../data/received-list.ts";
import { RECEIVED_PAGE_SIZE, type ReceivedInvoiceFilters } from "../rules/received-search.ts";

/**
 * "Factures reçues": the invoices made available to the user's public structures (only their services' when the
 * rattachement names services), filtered and sorted, 20 per page. A user who handles no structure gets none. Each
 * row says whether the user may process it or only read it.
 */
export async function listReceivedInvoices({ userId, filters = {} }: { userId: string; filters?: ReceivedInvoiceFilters }) {
  const { where, modifiable } = await receivedListQuery(userId, filters);
  if (!where) return emptyInvoicePage<ReceivedInvoiceRow>(RECEIVED_PAGE_SIZE);
  return readInvoicePage({ where, orderBy: receivedOrderBy(filters), page: pageNumber(filters.page), pageSize: RECEIVED_PAGE_SIZE, select: receivedRowSelect }, (row) => toReceivedRow(row, modifiable));
}

export type { ReceivedInvoiceRow };
