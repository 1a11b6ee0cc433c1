import { receivedOrderBy } from "../data/received-filters.ts";
import { receivedRowsByKeyset, type ReceivedExportRow } from "../data/received-export.ts";
import { receivedListQuery } from "../data/received-list.ts";
import { RECEIVED_EXPORT_MAX_ROWS } from "../rules/received-csv.ts";
import type { ReceivedInvoiceFilters } from "../rules/received-search.ts";

async function* none(): AsyncGenerator<ReceivedExportRow> {}

/**
 * « Exporter (CSV) » of Factures reçues: the invoices the list shows with the same criteria, in its order, with the
 * amounts, dates and current motif. The reach is read now (before any byte is sent); the rows are read one keyset page
 * at a time as the file is written, at most RECEIVED_EXPORT_MAX_ROWS + 1 (the extra one tells the writer it was cut).
 */
export async function streamReceivedInvoices({ userId, filters = {} }: { userId: string; filters?: ReceivedInvoiceFilters }): Promise<AsyncIterable<ReceivedExportRow>> {
  const { where } = await receivedListQuery(userId, filters);
  if (!where) return none();
  return receivedRowsByKeyset({ where, orderBy: receivedOrderBy(filters) }, RECEIVED_EXPORT_MAX_ROWS);
}
