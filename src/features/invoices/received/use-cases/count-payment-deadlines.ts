import { db } from "@/server/db.ts";
import { parisDay, receivedScopes, recipientReachWhere } from "@/features/invoices/common/index.ts";
import { paymentDeadlineWhere } from "../data/payment-deadlines.ts";

export type PaymentDeadlineCounts = { dueSoon: number; overdue: number };

/**
 * The buyer's two counts of the délai de paiement (docs/payment-delays.md), within what the user reads in Factures
 * reçues: « À payer sous 7 jours » (due today to 7 days from now) and « Délai dépassé » (due day past, not yet mise en
 * paiement). Each reads a range of the partial index (recipient, due day), index only for a whole structure.
 */
export async function countPaymentDeadlines({ userId, now = new Date() }: { userId: string; now?: Date }): Promise<PaymentDeadlineCounts> {
  const scopes = await receivedScopes(db, userId);
  if (scopes.length === 0) return { dueSoon: 0, overdue: 0 };
  const today = parisDay(now);
  // A due day is set only when the platform makes the invoice available (and cleared when it is recycled): the reach
  // and the due day's conditions say it was received, so the count reads the partial index alone, not the rows.
  const reach = recipientReachWhere(scopes);
  const [dueSoon, overdue] = await Promise.all([
    db.invoice.count({ where: { AND: [reach, paymentDeadlineWhere("sous7jours", today)] } }),
    db.invoice.count({ where: { AND: [reach, paymentDeadlineWhere("depasse", today)] } }),
  ]);
  return { dueSoon, overdue };
}
