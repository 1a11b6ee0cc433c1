import { emptyInvoicePage, pageNumber, readInvoicePage } from "@/features/invoices/common/index.ts";
import { validationListOrder } from "../data/validation-list-query.ts";
import { toValidateListWhere, toValidateRow, toValidateRowSelect, type InvoiceToValidateRow } from "../data/validation-list.ts";
import { TO_VALIDATE_PAGE_SIZE, type ValidationListFilters } from "../rules/validation-list.ts";

/**
 * "Factures à valider": the A9 / A12 invoices submitted to the user's structures as holders of the contract (those
 * opening "Factures à valider" to them): waiting for a decision, validated or refused; 20 per page. A user who
 * validates for no structure gets none.
 */
export async function listInvoicesToValidate({ userId, filters = {} }: { userId: string; filters?: ValidationListFilters }) {
  const where = await toValidateListWhere(userId, filters.etat);
  if (!where) return emptyInvoicePage<InvoiceToValidateRow>(TO_VALIDATE_PAGE_SIZE);
  return readInvoicePage({ where, orderBy: validationListOrder(filters.etat), page: pageNumber(filters.page), pageSize: TO_VALIDATE_PAGE_SIZE, select: toValidateRowSelect }, toValidateRow);
}

export type { InvoiceToValidateRow };
