// What both readings of "Factures à valider" share (the page's numbered pages, the API's cursor pages): the holder's
// reach with the list's filter as one condition, and the list's row.
import type { Prisma } from "@/generated/prisma/client.ts";
import { db } from "@/server/db.ts";
import { sentInvoiceRowSelect, toSentInvoiceRow, toValidateWhere, validatorStructureIds } from "@/features/invoices/common/index.ts";
import { validationStateWhere } from "./validation-list-query.ts";
import type { ValidationState } from "../rules/validation-list.ts";

export const toValidateRowSelect = {
  ...sentInvoiceRowSelect,
  cadre: true,
  validationDeadline: true,
  validatorStructure: { select: { raisonSociale: true } },
} satisfies Prisma.InvoiceSelect;

export const toValidateRow = (row: Prisma.InvoiceGetPayload<{ select: typeof toValidateRowSelect }>) => ({
  ...toSentInvoiceRow(row),
  cadre: row.cadre,
  holderName: row.validatorStructure?.raisonSociale ?? "",
  validationDeadline: row.validationDeadline,
});

export type InvoiceToValidateRow = ReturnType<typeof toValidateRow>;

/** The list's condition for the user (the structures they validate for) and the filter; null when they validate for none. */
export async function toValidateListWhere(userId: string, etat: ValidationState | undefined): Promise<Prisma.InvoiceWhereInput | null> {
  const structureIds = await validatorStructureIds(db, userId);
  return structureIds.length === 0 ? null : { AND: [toValidateWhere(structureIds), validationStateWhere(etat)] };
}
