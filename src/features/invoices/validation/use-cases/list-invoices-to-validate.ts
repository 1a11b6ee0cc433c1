import type { Prisma } from "@/generated/prisma/client.ts";
import { db } from "@/server/db.ts";
import { emptyInvoicePage, pageNumber, readInvoicePage, sentInvoiceRowSelect, toSentInvoiceRow, toValidateWhere, validatorStructureIds } from "@/features/invoices/common/index.ts";
import { validationListOrder, validationStateWhere } from "../data/validation-list-query.ts";
import { TO_VALIDATE_PAGE_SIZE, type ValidationListFilters } from "../rules/validation-list.ts";

const rowSelect = {
  ...sentInvoiceRowSelect,
  cadre: true,
  validationDeadline: true,
  validatorStructure: { select: { raisonSociale: true } },
} satisfies Prisma.InvoiceSelect;

const toRow = (row: Prisma.InvoiceGetPayload<{ select: typeof rowSelect }>) => ({
  ...toSentInvoiceRow(row),
  cadre: row.cadre,
  holderName: row.validatorStructure?.raisonSociale ?? "",
  validationDeadline: row.validationDeadline,
});

/**
 * "Factures à valider": the A9 / A12 invoices submitted to the user's structures as holders of the contract (those
 * opening "Factures à valider" to them): waiting for a decision, validated or refused; 20 per page. A user who
 * validates for no structure gets none.
 */
export async function listInvoicesToValidate({ userId, filters = {} }: { userId: string; filters?: ValidationListFilters }) {
  const structureIds = await validatorStructureIds(db, userId);
  if (structureIds.length === 0) return emptyInvoicePage<InvoiceToValidateRow>(TO_VALIDATE_PAGE_SIZE);
  const where: Prisma.InvoiceWhereInput = { AND: [toValidateWhere(structureIds), validationStateWhere(filters.etat)] };
  return readInvoicePage({ where, orderBy: validationListOrder(filters.etat), page: pageNumber(filters.page), pageSize: TO_VALIDATE_PAGE_SIZE, select: rowSelect }, toRow);
}

export type InvoiceToValidateRow = ReturnType<typeof toRow>;
