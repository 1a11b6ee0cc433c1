// The conditions of the délai de paiement on the recipient's invoices (docs/payment-delays.md): « À payer sous 7 jours »
// and « Délai dépassé » among the invoices the buyer still has to pay (the partial index
// invoices_recipient_payment_due_idx holds exactly those: its predicate is PAYMENT_PENDING_STATUSES), and the
// invoices mises en paiement late, for the export of the interests. Pure (Prisma types only).
import type { Prisma } from "@/generated/prisma/client.ts";
import { PAYMENT_PENDING_STATUSES, dateColumnOf, dueSoonRange } from "@/features/invoices/common/index.ts";
import type { PaymentDeadlineFilter } from "../rules/received-search.ts";

/** The invoices to pay within DUE_SOON_DAYS from `today` (both included), or whose due day is past. */
export function paymentDeadlineWhere(filter: PaymentDeadlineFilter, today: string): Prisma.InvoiceWhereInput {
  const range = dueSoonRange(today);
  return {
    status: { in: [...PAYMENT_PENDING_STATUSES] },
    paymentDueDate: filter === "sous7jours" ? { gte: dateColumnOf(range.from), lte: dateColumnOf(range.to) } : { lt: dateColumnOf(today) },
  };
}

/** Mises en paiement after the due day, optionally between two days (both included, "AAAA-MM-JJ"). */
export function latePaymentWhere(period: { from?: string; to?: string }): Prisma.InvoiceWhereInput {
  return {
    latePaymentDays: { gt: 0 },
    ...(period.from || period.to ? { paymentOrderedOn: { ...(period.from ? { gte: dateColumnOf(period.from) } : {}), ...(period.to ? { lte: dateColumnOf(period.to) } : {}) } } : {}),
  };
}
