import { supplierInvoiceRowSelect, toSupplierInvoiceRow } from "@/features/invoices/common/index.ts";
import { pagesOf } from "@/lib/csv.ts";
import { db } from "@/server/db.ts";
import { prepareSupplierSearch, type SupplierInvoiceRow } from "../data/supplier-invoice-search.ts";
import { EXPORT_MAX_ROWS, type SearchCriteriaInput } from "../rules/search-criteria.ts";

/**
 * « Exporter (CSV) » streamed: authorized now (a foreign structure fails here, before any byte is sent), then the rows
 * read one database page at a time as the file is written; at most EXPORT_MAX_ROWS + 1 (the extra one tells the
 * writer the export was cut).
 */
export async function streamSupplierInvoices({ userId, criteria = {} }: { userId: string; criteria?: SearchCriteriaInput | Record<string, unknown> }): Promise<AsyncIterable<SupplierInvoiceRow>> {
  const { scope, where, orderBy } = await prepareSupplierSearch(userId, criteria);
  if (scope.length === 0) return pagesOf<SupplierInvoiceRow>(async () => []);
  return pagesOf(
    async (skip, take) => (await db.invoice.findMany({ where, orderBy, skip, take, select: supplierInvoiceRowSelect })).map(toSupplierInvoiceRow),
    1000,
    EXPORT_MAX_ROWS,
  );
}
