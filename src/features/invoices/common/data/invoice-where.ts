// The invoices each side reaches, as Prisma `where` filters: the supplier's (Factures émises), the recipient's
// (Factures reçues) and the holder's of the contract (Factures à valider). Pure: the scopes are read by the side's access file.
import type { Prisma } from "@/generated/prisma/client.ts";
import type { ReceivedScope } from "../rules/received-scope.ts";
import { NOT_SUBMITTED_STATUSES, RECEIVED_STATUSES } from "../rules/side-statuses.ts";

/** The invoices of these supplier structures, drafts included. Callers check the list is not empty first. */
export function supplierInvoiceWhere(structureIds: string[]): Prisma.InvoiceWhereInput {
  return { supplierStructureId: structureIds.length === 1 ? structureIds[0] : { in: structureIds } };
}

/**
 * What still asks the supplier for something: every invoice but a rejected one whose rejection it handled (« Traiter
 * le rejet »), which stays in Rechercher only.
 */
export const awaitingSupplierWhere: Prisma.InvoiceWhereInput = { NOT: { status: "REJETEE", rejectionHandledAt: { not: null } } };

/**
 * The invoices addressed to the scopes (their structures, or only some services), whatever their status: the reach
 * alone, for a condition that already implies the invoice was received (a due day: the délai de paiement's counts
 * read their partial index without the rows). Callers check `scopes` is not empty first.
 */
export function recipientReachWhere(scopes: ReceivedScope[]): Prisma.InvoiceWhereInput {
  const whole = scopes.filter((scope) => scope.serviceIds === null).map((scope) => scope.structureId);
  const partial = scopes.filter((scope) => scope.serviceIds !== null);
  const reach: Prisma.InvoiceWhereInput[] = [
    ...(whole.length > 0 ? [{ recipientStructureId: whole.length === 1 ? whole[0] : { in: whole } }] : []),
    ...partial.map((scope) => ({ recipientStructureId: scope.structureId, recipientServiceId: { in: scope.serviceIds! } })),
  ];
  return reach.length === 1 ? reach[0] : { OR: reach };
}

/** The invoices within the scopes, received (made available) and in a received status. Callers check `scopes` is not empty first. */
export function receivedInvoiceWhere(scopes: ReceivedScope[]): Prisma.InvoiceWhereInput {
  return { status: { in: [...RECEIVED_STATUSES] }, receivedAt: { not: null }, ...recipientReachWhere(scopes) };
}

/** The invoices submitted to one of these holders (every état from "À valider" on). Callers check the list is not empty. */
export function toValidateWhere(structureIds: string[]): Prisma.InvoiceWhereInput {
  return { validatorStructureId: structureIds.length === 1 ? structureIds[0] : { in: structureIds }, status: { notIn: [...NOT_SUBMITTED_STATUSES] } };
}
