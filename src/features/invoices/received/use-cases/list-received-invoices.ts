import type { Prisma } from "@/generated/prisma/client.ts";
import { db } from "@/server/db.ts";
import { receivedScopes } from "../received-access.ts";
import { receivedFiltersWhere, receivedOrderBy } from "../received-query.ts";
import { receivedInvoiceWhere } from "../received-scope.ts";
import { RECEIVED_PAGE_SIZE, type ReceivedInvoiceFilters } from "../received-search.ts";

const rowSelect = {
  id: true,
  type: true,
  sentNumber: true,
  invoiceDate: true,
  sentAt: true,
  status: true,
  statusChangedAt: true,
  totalGross: true,
  currency: true,
  supplierStructure: { select: { raisonSociale: true, identifier: true } },
  recipientStructure: { select: { raisonSociale: true } },
  recipientService: { select: { code: true, libelle: true } },
} satisfies Prisma.InvoiceSelect;

/**
 * "Factures reçues": the invoices made available to the user's public structures (only their services' when the
 * rattachement names services), filtered and sorted, 20 per page. A user who handles no structure gets none.
 */
export async function listReceivedInvoices(userId: string, filters: ReceivedInvoiceFilters = {}) {
  const pageSize = RECEIVED_PAGE_SIZE;
  const page = Math.max(1, Math.trunc(filters.page ?? 1));
  const scopes = await receivedScopes(db, userId);
  if (scopes.length === 0) return { invoices: [], total: 0, page: 1, pageSize, pageCount: 1 };

  const where: Prisma.InvoiceWhereInput = { AND: [receivedInvoiceWhere(scopes), ...receivedFiltersWhere(filters)] };
  const [rows, total] = await Promise.all([
    db.invoice.findMany({ where, orderBy: receivedOrderBy(filters), skip: (page - 1) * pageSize, take: pageSize, select: rowSelect }),
    db.invoice.count({ where }),
  ]);
  return {
    invoices: rows.map((row) => ({
      id: row.id,
      type: row.type,
      number: row.sentNumber ?? "",
      supplierName: row.supplierStructure.raisonSociale,
      supplierIdentifier: row.supplierStructure.identifier,
      recipientName: row.recipientStructure?.raisonSociale ?? "",
      service: row.recipientService ? `${row.recipientService.code} - ${row.recipientService.libelle}` : "",
      invoiceDate: row.invoiceDate,
      depositDate: row.sentAt,
      status: row.status,
      statusChangedAt: row.statusChangedAt,
      totalGross: row.totalGross.toFixed(2),
      currency: row.currency,
    })),
    total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

export type ReceivedInvoiceRow = Awaited<ReturnType<typeof listReceivedInvoices>>["invoices"][number];
