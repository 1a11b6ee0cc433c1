import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { lockInvoice } from "@/features/invoices/common/index.ts";
import { REJECTION_HANDLED_COMMENT, rejectionHandlingRefusal } from "../rules/rejection-handling.ts";

/**
 * « Traiter le rejet »: the supplier acknowledges a rejected invoice. Its état stays REJETEE (final); the
 * acknowledgment (when, by whom) is kept on the invoice and as a history row, in one transaction, and the invoice
 * leaves the to-do lists (Synthèse, Tableau de bord) while Rechercher still finds it. NOT_FOUND outside the supplier's
 * structures; FORBIDDEN with the consultation right only; CONFLICT when not REJETEE or already handled.
 */
export async function acknowledgeRejection({ userId, invoiceId, now = new Date() }: { userId: string; invoiceId: string; now?: Date }) {
  return db.$transaction(async (tx) => {
    // The row locked: two acknowledgments at once, the second sees the first's and is refused.
    const invoice = await lockInvoice(tx, userId, invoiceId);
    const current = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { status: true, rejectionHandledAt: true } });
    const refusal = rejectionHandlingRefusal(current);
    if (refusal) throw new AppError("CONFLICT", refusal);
    await tx.invoice.update({ where: { id: invoiceId }, data: { rejectionHandledAt: now, rejectionHandledById: userId } });
    await tx.invoiceHistory.create({
      data: { invoiceId, status: "REJETEE", actorId: userId, actorStructureId: invoice.supplierStructureId, comment: REJECTION_HANDLED_COMMENT, createdAt: now },
    });
    return { invoiceId, status: current.status, handledAt: now };
  });
}
