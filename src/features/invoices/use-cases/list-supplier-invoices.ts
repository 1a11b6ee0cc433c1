import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { supplierStructureIds } from "../supplier-access.ts";

export type InvoiceListQuery = { structureId?: string; page?: number; pageSize?: number };

/**
 * "Factures émises": the invoices of the user's supplier structures (or of one of them), newest first, one page
 * at a time. A structure that is not the user's is NOT_FOUND.
 */
export async function listSupplierInvoices(userId: string, query: InvoiceListQuery = {}) {
  const mine = await supplierStructureIds(db, userId);
  if (query.structureId && !mine.includes(query.structureId)) throw notFound("Structure introuvable.");
  const pageSize = Math.min(Math.max(query.pageSize ?? 10, 1), 100);
  const page = Math.max(Math.trunc(query.page ?? 1), 1);
  const where = { supplierStructureId: query.structureId ? query.structureId : { in: mine } };
  const [rows, total] = await Promise.all([
    db.invoice.findMany({
      where,
      orderBy: [{ statusChangedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        sentAt: true,
        type: true,
        sentNumber: true,
        temporaryNumber: true,
        status: true,
        statusChangedAt: true,
        totalGross: true,
        currency: true,
        supplierStructure: { select: { id: true, raisonSociale: true } },
        recipientStructure: { select: { raisonSociale: true } },
      },
    }),
    db.invoice.count({ where }),
  ]);
  return {
    invoices: rows.map((row) => ({
      id: row.id,
      depositDate: row.sentAt,
      recipientName: row.recipientStructure?.raisonSociale ?? "",
      supplierName: row.supplierStructure.raisonSociale,
      type: row.type,
      number: row.sentNumber ?? row.temporaryNumber,
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
