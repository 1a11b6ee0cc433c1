import type { Prisma } from "@/generated/prisma/client.ts";
import { db } from "@/server/db.ts";
import { toValidateWhere, validatorStructureIds } from "../validation-access.ts";
import { TO_VALIDATE_PAGE_SIZE, validationListOrder, validationStateWhere, type ValidationListFilters } from "../validation-list.ts";

const rowSelect = {
  id: true,
  type: true,
  cadre: true,
  sentNumber: true,
  sentAt: true,
  status: true,
  validationDeadline: true,
  totalGross: true,
  currency: true,
  supplierStructure: { select: { raisonSociale: true, identifier: true } },
  validatorStructure: { select: { raisonSociale: true } },
} satisfies Prisma.InvoiceSelect;

/**
 * "Factures à valider": the A9 / A12 invoices submitted to the user's structures as holders of the contract (those
 * opening "Factures à valider" to them): waiting for a decision, validated or refused; 20 per page. A user who
 * validates for no structure gets none.
 */
export async function listInvoicesToValidate(userId: string, filters: ValidationListFilters = {}) {
  const pageSize = TO_VALIDATE_PAGE_SIZE;
  const page = Math.max(1, Math.trunc(filters.page ?? 1));
  const structureIds = await validatorStructureIds(db, userId);
  if (structureIds.length === 0) return { invoices: [], total: 0, page: 1, pageSize, pageCount: 1 };

  const where: Prisma.InvoiceWhereInput = { AND: [toValidateWhere(structureIds), validationStateWhere(filters.etat)] };
  const [rows, total] = await Promise.all([
    db.invoice.findMany({ where, orderBy: validationListOrder(filters.etat), skip: (page - 1) * pageSize, take: pageSize, select: rowSelect }),
    db.invoice.count({ where }),
  ]);
  return {
    invoices: rows.map((row) => ({
      id: row.id,
      type: row.type,
      cadre: row.cadre,
      number: row.sentNumber ?? "",
      supplierName: row.supplierStructure.raisonSociale,
      supplierIdentifier: row.supplierStructure.identifier,
      holderName: row.validatorStructure?.raisonSociale ?? "",
      depositDate: row.sentAt,
      status: row.status,
      validationDeadline: row.validationDeadline,
      totalGross: row.totalGross.toFixed(2),
      currency: row.currency,
    })),
    total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

export type InvoiceToValidateRow = Awaited<ReturnType<typeof listInvoicesToValidate>>["invoices"][number];
