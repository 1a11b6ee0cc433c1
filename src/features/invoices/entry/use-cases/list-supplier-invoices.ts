import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { supplierInvoiceWhere } from "@/features/invoices/common/index.ts";
import { supplierStructureIds } from "@/features/invoices/common/index.ts";
import { pageNumber, readInvoicePage } from "@/features/invoices/common/index.ts";
import { supplierInvoiceRowSelect, toSupplierInvoiceRow } from "@/features/invoices/common/index.ts";

export type InvoiceListQuery = { structureId?: string; page?: number; pageSize?: number };

/**
 * "Factures émises": the invoices of the user's supplier structures (or of one of them), newest first, one page
 * at a time. A structure that is not the user's is NOT_FOUND.
 */
export async function listSupplierInvoices({ userId, query = {} }: { userId: string; query?: InvoiceListQuery }) {
  const mine = await supplierStructureIds(db, userId);
  if (query.structureId && !mine.includes(query.structureId)) throw notFound("Structure introuvable.");
  return readInvoicePage(
    {
      where: supplierInvoiceWhere(query.structureId ? [query.structureId] : mine),
      orderBy: [{ statusChangedAt: "desc" }, { id: "desc" }],
      page: pageNumber(query.page),
      pageSize: Math.min(Math.max(query.pageSize ?? 10, 1), 100),
      select: supplierInvoiceRowSelect,
    },
    toSupplierInvoiceRow,
  );
}
