// The délai global de paiement of one invoice as both sides' pages and the API show it (docs/payment-delays.md): the
// columns the lifecycle keeps on the row, and where it stands today. The caller has checked the user's reach.
import { db } from "@/server/db.ts";
import { dayOfDateColumn, parisDay, paymentDeadline, type PaymentDeadline } from "../rules/payment-delay.ts";

export type PaymentDelayFacts = {
  /** The delay of the recipient's category, in days. */
  delayDays: number | null;
  /** "AAAA-MM-JJ" (Paris). */
  dueDay: string;
  paidDay: string | null;
  /** Set when the mise en paiement came after the due day: days late, rate (%), interest and indemnity (€). */
  latePayment: { days: number; rate: string; interest: string; indemnity: string } | null;
  /** Where the delay stands today (days left, days late, frozen while suspended, paid). */
  deadline: PaymentDeadline | null;
};

/** The columns the lifecycle keeps of an invoice's délai de paiement (due day, mise en paiement, late interest). */
export const paymentDelaySelect = {
  paymentDueDate: true,
  paymentOrderedOn: true,
  latePaymentDays: true,
  latePaymentRate: true,
  latePaymentInterest: true,
  recoveryIndemnity: true,
} as const;

/** The invoice's delay, or null when it has none (not received yet, an avoir). */
export async function readPaymentDelay(invoiceId: string, now = new Date()): Promise<PaymentDelayFacts | null> {
  const row = await db.invoice.findUnique({
    where: { id: invoiceId },
    select: { status: true, paymentDelayDays: true, ...paymentDelaySelect },
  });
  if (!row?.paymentDueDate) return null;
  const suspension =
    row.status === "SUSPENDUE"
      ? await db.invoiceHistory.findFirst({ where: { invoiceId, status: "SUSPENDUE" }, orderBy: { createdAt: "desc" }, select: { createdAt: true } })
      : null;
  const dueDay = dayOfDateColumn(row.paymentDueDate);
  const paidDay = row.paymentOrderedOn ? dayOfDateColumn(row.paymentOrderedOn) : null;
  const late =
    row.latePaymentDays && row.latePaymentDays > 0 && row.latePaymentRate && row.latePaymentInterest && row.recoveryIndemnity
      ? { days: row.latePaymentDays, rate: row.latePaymentRate.toFixed(2), interest: row.latePaymentInterest.toFixed(2), indemnity: row.recoveryIndemnity.toFixed(2) }
      : null;
  return {
    delayDays: row.paymentDelayDays,
    dueDay,
    paidDay,
    latePayment: late,
    deadline: paymentDeadline({ status: row.status, dueDay, paidDay, suspendedAt: suspension?.createdAt ?? null, today: parisDay(now) }),
  };
}
