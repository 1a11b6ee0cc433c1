// An invoice's creation as the status machine sees it (decision 0004), in the caller's transaction and exactly as a
// transition writes a change: the drafts' rows taken out of BROUILLON to the status the machine gives, with its date,
// the history rows, the notices, the jobs the new status needs (the routing of a DEPOSEE invoice, keyed by its
// history) and the webhooks of the structures subscribed. A draft itself is no move yet (no history row): the caller
// writes it, checks who sends it, then calls this.
import type { Prisma } from "@/generated/prisma/client.ts";
import type { Tx } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { SENT_INVOICE_MESSAGE } from "@/features/invoices/common/index.ts";
import { receivedAtAfter } from "@/features/invoices/common/index.ts";
import { isRoutedStatus } from "../rules/routing.ts";
import { CREATIONS, type Sending } from "../rules/status-machine.ts";
import { notifySending } from "./notifications.ts";
import { enqueueRoutings } from "./routing-queue.ts";
import { emitStatusWebhooks } from "./status-webhooks.ts";

export type CreationCommand = {
  /** One draft (Valider et envoyer, a deposited file), or a flux's many, written in this transaction. */
  invoiceIds: string[];
  creation: Sending;
  /** The supplier's user who sends, and their structure. */
  actorUserId: string;
  actorStructureId: string;
  now: Date;
  /** What the sending sets with the status (the final number, the date sent, the holder's deadline). */
  data?: Prisma.InvoiceUpdateManyMutationInput;
  /** Tell the supplier's users (and the holder's) of each invoice sent; a flux is told once instead, when it ends. */
  announce?: boolean;
};

/** Sends the drafts; CONFLICT when one of them is no longer a draft. */
export async function recordCreation(tx: Tx, command: CreationCommand): Promise<void> {
  const invoiceIds = [...new Set(command.invoiceIds)];
  if (invoiceIds.length === 0) return;
  const { from, to } = CREATIONS[command.creation];
  const { count } = await tx.invoice.updateMany({
    where: { id: { in: invoiceIds }, status: from },
    data: { ...command.data, status: to, statusChangedAt: command.now, ...receivedAtAfter(to, command.now) },
  });
  if (count !== invoiceIds.length) throw new AppError("CONFLICT", SENT_INVOICE_MESSAGE);
  await tx.invoiceHistory.createMany({
    data: invoiceIds.map((invoiceId) => ({ invoiceId, status: to, actorId: command.actorUserId, actorStructureId: command.actorStructureId, createdAt: command.now })),
  });
  if (command.announce) for (const invoiceId of invoiceIds) await notifySending(tx, invoiceId);
  if (isRoutedStatus(to)) await enqueueRoutings(tx, invoiceIds);
  await emitStatusWebhooks(tx, invoiceIds, command.now);
}
