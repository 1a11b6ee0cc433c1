import { db } from "@/server/db.ts";
import { awaitingSupplierWhere, supplierInvoiceWhere, supplierScope } from "@/features/invoices/common/index.ts";
import { pageNumber, readInvoicePage } from "@/features/invoices/common/index.ts";
import { supplierInvoiceRowSelect, toSupplierInvoiceRow } from "@/features/invoices/common/index.ts";

export type InvoiceListQuery = { structureId?: string; page?: number; pageSize?: number };

/**
 * "Factures émises": the invoices of the user's supplier structures (or of one of them), newest first, one page
 * at a time; a rejection the supplier handled is no longer "à traiter" (Rechercher still lists it). A structure
 * that is not the user's is NOT_FOUND.
 */
export async function listSupplierInvoices({ userId, query = {} }: { userId: string; query?: InvoiceListQuery }) {
  const scope = await supplierScope(db, userId, query.structureId);
  return readInvoicePage(
    {
      where: { AND: [supplierInvoiceWhere(scope), awaitingSupplierWhere] },
      orderBy: [{ statusChangedAt: "desc" }, { id: "desc" }],
      page: pageNumber(query.page),
      pageSize: Math.min(Math.max(query.pageSize ?? 10, 1), 100),
      select: supplierInvoiceRowSelect,
    },
    toSupplierInvoiceRow,
  );
}
