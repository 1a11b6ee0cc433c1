// "Factures à valider": the list's filter as a Prisma condition, and the order of the rows.
import type { Prisma } from "@/generated/prisma/client.ts";
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import type { ValidationState } from "../rules/validation-list.ts";

const DECIDED_STATUSES: readonly InvoiceStatus[] = ["BROUILLON", "A_VALIDER_1", "REFUSEE_1"];

/** The condition of the filter, ANDed by the caller with the user's reach. */
export function validationStateWhere(etat: ValidationState | undefined): Prisma.InvoiceWhereInput {
  if (etat === "a-valider") return { status: "A_VALIDER_1" };
  if (etat === "refusees") return { status: "REFUSEE_1" };
  if (etat === "validees") return { status: { notIn: [...DECIDED_STATUSES] } };
  return {};
}

/** « À valider »: the nearest deadline first; otherwise the latest sent first. Then by id, so that pages never overlap. */
export function validationListOrder(etat: ValidationState | undefined): Prisma.InvoiceOrderByWithRelationInput[] {
  if (etat === "a-valider") return [{ validationDeadline: "asc" }, { id: "asc" }];
  return [{ sentAt: { sort: "desc", nulls: "last" } }, { id: "desc" }];
}
