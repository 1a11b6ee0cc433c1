// The list's criteria as Prisma conditions and order. Pure (Prisma types only).
import type { Prisma } from "@/generated/prisma/client.ts";
import { escapeLike } from "@/lib/sql-like.ts";
import { parisDayEnd, parisDayStart } from "@/lib/paris-day.ts";
import type { ReceivedInvoiceFilters } from "../rules/received-search.ts";
import { isReceivedStatus } from "@/features/invoices/common/index.ts";
import { TO_PROCESS_STATUSES } from "../rules/received-dashboard.ts";
import { parisDay } from "@/features/invoices/common/index.ts";
import { paymentDeadlineWhere } from "./payment-deadlines.ts";

/** The conditions of the criteria given (the délai de paiement's as of `now`); the caller ANDs them with the user's reach. */
export function receivedFiltersWhere(filters: ReceivedInvoiceFilters, now = new Date()): Prisma.InvoiceWhereInput[] {
  const where: Prisma.InvoiceWhereInput[] = [];
  // What the user typed is searched as it is: LIKE's wildcards in it are plain characters.
  const number = filters.number?.trim();
  if (number) where.push({ sentNumber: { startsWith: escapeLike(number), mode: "insensitive" } });
  const supplier = filters.supplier?.trim();
  if (supplier) {
    const text = escapeLike(supplier);
    where.push({
      supplierStructure: { OR: [{ raisonSociale: { contains: text, mode: "insensitive" } }, { identifier: { startsWith: text.replace(/\s/g, ""), mode: "insensitive" } }] },
    });
  }
  // A status outside "Factures reçues" (a draft…) matches nothing rather than widening the list.
  if (filters.status) where.push(isReceivedStatus(filters.status) ? { status: filters.status } : { id: { in: [] } });
  if (filters.toProcess) where.push({ status: { in: [...TO_PROCESS_STATUSES] } });
  if (filters.paymentDeadline) where.push(paymentDeadlineWhere(filters.paymentDeadline, parisDay(now)));
  if (filters.serviceId) where.push({ recipientServiceId: filters.serviceId });
  if (filters.depositFrom) where.push({ sentAt: { gte: parisDayStart(filters.depositFrom) } });
  if (filters.depositTo) where.push({ sentAt: { lt: parisDayEnd(filters.depositTo) } });
  if (filters.amountMin) where.push({ totalGross: { gte: filters.amountMin } });
  if (filters.amountMax) where.push({ totalGross: { lte: filters.amountMax } });
  return where;
}

/** Sorted by the column asked for, then by id so that pages never overlap. */
export function receivedOrderBy(filters: ReceivedInvoiceFilters): Prisma.InvoiceOrderByWithRelationInput[] {
  const direction = filters.direction ?? "desc";
  const column: Prisma.InvoiceOrderByWithRelationInput =
    filters.sort === "montant"
      ? { totalGross: direction }
      : filters.sort === "numero"
        ? { sentNumber: direction }
        : filters.sort === "statut"
          ? { status: direction }
          : { sentAt: direction };
  return [column, { id: direction }];
}
