import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { requireActor } from "../data/actor-access.ts";
import type { LifecycleAction } from "../rules/lifecycle-contract.ts";
import { applyTransition } from "../data/transition.ts";

export type StatusInput = { motif?: string; comment?: string };
/** Who takes which action, with the motif and comment it asks. */
export type StatusCommand = StatusInput & { userId: string; action: LifecycleAction };
export type StatusChanged = { invoiceId: string; status: InvoiceStatus };

/**
 * A user moves an invoice: from the side the action belongs to (recipient actions by its staff with "Factures
 * reçues", Compléter / Recycler by the supplier's users with "Factures émises", Valider / Refuser by the holder of the
 * contract's with "Factures à valider"). One transaction: the user's reach (NOT_FOUND when the invoice is not theirs
 * at all, FORBIDDEN from another side), the move (row locked, CONFLICT when illegal, InvoiceRulesError on "motif"),
 * the history, the notifications and the jobs the new status calls for.
 */
export async function changeInvoiceStatus({ userId, invoiceId, action, motif, comment, now = new Date() }: StatusCommand & { invoiceId: string; now?: Date }): Promise<StatusChanged> {
  return db.$transaction(async (tx) => {
    const { actor, actorStructureId } = await requireActor(tx, userId, invoiceId, action);
    const { status } = await applyTransition(tx, { invoiceId, action, actor, actorUserId: userId, actorStructureId, motif, comment, now });
    return { invoiceId, status };
  });
}
