import { emptyInvoicePage, pageNumber, readInvoicePage } from "@/features/invoices/common/index.ts";
import { receivedOrderBy } from "../data/received-filters.ts";
import { readReceivedGroups } from "../data/received-counts.ts";
import { receivedListQuery, receivedRowSelect, toReceivedRow, type ReceivedInvoiceRow } from "../data/received-list.ts";
import { countableByGroups, totalOfGroups } from "../rules/received-counts.ts";
import { RECEIVED_PAGE_SIZE, type ReceivedInvoiceFilters } from "../rules/received-search.ts";

/**
 * "Factures reçues": the invoices made available to the user's public structures (only their services' when the
 * rattachement names services), filtered and sorted, 20 per page. A user who handles no structure gets none. Each
 * row says whether the user may process it or only read it. The total of a search by status, « à traiter » or
 * service alone (the list as it opens, the dashboard's tiles) is read from the kept counts, not counted.
 */
export async function listReceivedInvoices({ userId, filters = {} }: { userId: string; filters?: ReceivedInvoiceFilters }) {
  const { scopes, where, modifiable } = await receivedListQuery(userId, filters);
  if (!where) return emptyInvoicePage<ReceivedInvoiceRow>(RECEIVED_PAGE_SIZE);
  const count = countableByGroups(filters) ? async () => totalOfGroups(await readReceivedGroups(scopes), filters) : undefined;
  return readInvoicePage(
    { where, orderBy: receivedOrderBy(filters), page: pageNumber(filters.page), pageSize: RECEIVED_PAGE_SIZE, select: receivedRowSelect, count },
    (row) => toReceivedRow(row, modifiable),
  );
}

export type { ReceivedInvoiceRow };
