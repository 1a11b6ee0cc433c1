import { readInvoiceCursorPage, type InvoiceCursorPage } from "@/features/invoices/common/index.ts";
import { validationListOrder } from "../data/validation-list-query.ts";
import { toValidateListWhere, toValidateRow, toValidateRowSelect, type InvoiceToValidateRow } from "../data/validation-list.ts";
import type { ValidationState } from "../rules/validation-list.ts";

/** The list a cursor of "Factures à valider" belongs to: another list's cursor is refused. */
const LIST = "factures-a-valider";

/**
 * "Factures à valider" read by cursor (the API's rechercher/valideur): the same invoices, filter and order as the
 * page, `pageSize` after the cursor, without counting the whole list. A user who validates for no structure gets none.
 */
export async function listInvoicesToValidateByCursor({
  userId,
  etat,
  cursor,
  pageSize,
}: {
  userId: string;
  etat?: ValidationState;
  cursor?: string;
  pageSize: number;
}): Promise<InvoiceCursorPage<InvoiceToValidateRow>> {
  const where = await toValidateListWhere(userId, etat);
  if (!where) return { invoices: [], nextCursor: null };
  return readInvoiceCursorPage({ where, orderBy: validationListOrder(etat), pageSize, select: toValidateRowSelect, list: LIST, cursor }, toValidateRow);
}
