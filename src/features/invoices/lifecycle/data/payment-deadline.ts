// What a new status does to the invoice's délai global de paiement (docs/payment-delays.md), written by the transition
// in its transaction so that lists and counts read it from the row: made available, the delay of the recipient's
// category starts; completed, the due day moves back by the days the suspension lasted (from its history); recycled,
// it is cleared (a new receipt starts a new delay); mise en paiement, its day and, when late, the interest and indemnity.
import type { Prisma } from "@/generated/prisma/client.ts";
import type { BuyerCategory, InvoiceStatus, InvoiceType } from "@/generated/prisma/enums.ts";
import type { Tx } from "@/server/db.ts";
import {
  PAYMENT_DELAY_DAYS,
  addDays,
  dateColumnOf,
  dayOfDateColumn,
  hasPaymentDelay,
  latePayment,
  parisDay,
  paymentDueDay,
  suspensionDays,
} from "@/features/invoices/common/index.ts";

const CLEARED = {
  paymentDelayDays: null,
  paymentDueDate: null,
  paymentOrderedOn: null,
  latePaymentDays: null,
  latePaymentRate: null,
  latePaymentInterest: null,
  recoveryIndemnity: null,
} satisfies Prisma.InvoiceUpdateInput;

type DelayRow = { type: InvoiceType; dueDate: Date | null; amountDue: string; category: BuyerCategory | null };

async function delayRow(tx: Tx, invoiceId: string): Promise<DelayRow | undefined> {
  const [row] = await tx.$queryRaw<DelayRow[]>`
    SELECT i.type::text AS type, i.payment_due_date AS "dueDate", i.amount_due::text AS "amountDue", s.buyer_category::text AS category
    FROM invoices i LEFT JOIN structures s ON s.id = i.recipient_structure_id WHERE i.id = ${invoiceId}::uuid`;
  return row;
}

/** The columns of the delay the move to `to` changes (none for most moves). */
export async function paymentDeadlineAfter(tx: Tx, invoiceId: string, to: InvoiceStatus, now: Date): Promise<Prisma.InvoiceUpdateInput> {
  if (to === "DEPOSEE") return CLEARED;
  if (to !== "MISE_A_DISPOSITION" && to !== "COMPLETEE" && to !== "MISE_EN_PAIEMENT") return {};
  const row = await delayRow(tx, invoiceId);
  if (!row || !hasPaymentDelay(row.type)) return {};

  if (to === "MISE_A_DISPOSITION") {
    const delayDays = PAYMENT_DELAY_DAYS[row.category ?? "POUVOIR_ADJUDICATEUR"];
    return { ...CLEARED, paymentDelayDays: delayDays, paymentDueDate: dateColumnOf(paymentDueDay(now, delayDays)) };
  }
  if (!row.dueDate) return {};
  const dueDay = dayOfDateColumn(row.dueDate);

  if (to === "COMPLETEE") {
    const suspension = await tx.invoiceHistory.findFirst({ where: { invoiceId, status: "SUSPENDUE", createdAt: { lte: now } }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
    if (!suspension) return {};
    return { paymentDueDate: dateColumnOf(addDays(dueDay, suspensionDays(suspension.createdAt, now))) };
  }

  const paidDay = parisDay(now);
  const rates = await tx.ecbRefinancingRate.findMany({ select: { semesterStart: true, rate: true } });
  const late = latePayment({ dueDay, paidDay, principal: row.amountDue, rates: rates.map((r) => ({ semesterStart: dayOfDateColumn(r.semesterStart), rate: r.rate.toString() })) });
  return {
    paymentOrderedOn: dateColumnOf(paidDay),
    latePaymentDays: late?.daysLate ?? null,
    latePaymentRate: late ? late.rate.toFixed(2) : null,
    latePaymentInterest: late ? late.interest.toFixed(2) : null,
    recoveryIndemnity: late ? late.indemnity.toFixed(2) : null,
  };
}
