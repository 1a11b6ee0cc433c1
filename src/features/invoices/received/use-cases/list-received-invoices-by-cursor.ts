import { readInvoiceCursorPage, type InvoiceCursorPage } from "@/features/invoices/common/index.ts";
import { receivedOrderBy } from "../data/received-filters.ts";
import { receivedListQuery, receivedRowSelect, toReceivedRow, type ReceivedInvoiceRow } from "../data/received-list.ts";
import type { ReceivedInvoiceFilters } from "../rules/received-search.ts";

/** The list a cursor of "Factures reçues" belongs to: another list's cursor is refused. */
const LIST = "factures-recues";

/**
 * "Factures reçues" read by cursor (the API's rechercher/recipiendaire): the same invoices, criteria and order as the
 * page, `pageSize` after the cursor, without counting the whole list. A user who handles no structure gets none.
 */
export async function listReceivedInvoicesByCursor({
  userId,
  filters = {},
  cursor,
  pageSize,
}: {
  userId: string;
  filters?: ReceivedInvoiceFilters;
  cursor?: string;
  pageSize: number;
}): Promise<InvoiceCursorPage<ReceivedInvoiceRow>> {
  const { where, modifiable } = await receivedListQuery(userId, filters);
  if (!where) return { invoices: [], nextCursor: null };
  return readInvoiceCursorPage({ where, orderBy: receivedOrderBy(filters), pageSize, select: receivedRowSelect, list: LIST, cursor }, (row) => toReceivedRow(row, modifiable));
}
