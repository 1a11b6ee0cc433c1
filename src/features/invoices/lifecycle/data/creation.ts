// An invoice's creation as the status machine sees it (decision 0004), in the caller's transaction and exactly as a
// transition writes a change: the drafts' rows taken out of BROUILLON to the status the machine gives, with its date,
// the history rows, the notices, the jobs the new status needs (the routing of a DEPOSEE invoice, keyed by its
// history) and the webhooks of the structures subscribed. A draft itself is no move yet (no history row): the caller
// writes it, checks who sends it, then calls this.
// An invoice sent to a recipient that requires an existing engagement and quoting none it may quote (the routing's
// own rule, engagements' engagementQuoteReason) is accepted all the same, then sent À recycler at once in this
// transaction with the reason, as the routing would have done: nothing accepted is lost, the supplier is told on
// the confirmation rather than by a later notice.
import type { Prisma } from "@/generated/prisma/client.ts";
import type { Tx } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { SENT_INVOICE_MESSAGE } from "@/features/invoices/common/index.ts";
import { receivedAtAfter } from "@/features/invoices/common/index.ts";
import { findRecipient } from "@/features/invoices/common/index.ts";
import { engagementQuoteReason } from "@/features/engagements/index.ts";
import { isRoutedStatus, routingVerdict } from "../rules/routing.ts";
import { applyTransition, lockInvoiceRow } from "./transition.ts";
import { CREATIONS, type Sending } from "../rules/status-machine.ts";
import { notifySending, sendingNoticeSelect } from "./notifications.ts";
import { enqueueRoutings } from "./routing-queue.ts";
import { emitStatusWebhooksOf, statusWebhookSelect } from "./status-webhooks.ts";

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

/** The invoices sent straight back À recycler, each with its motif (what the confirmation tells the supplier). */
export type CreationOutcome = { recycled: Map<string, string> };

/** Sends the drafts; CONFLICT when one of them is no longer a draft. */
export async function recordCreation(tx: Tx, command: CreationCommand): Promise<CreationOutcome> {
  const invoiceIds = [...new Set(command.invoiceIds)];
  const recycled = new Map<string, string>();
  if (invoiceIds.length === 0) return { recycled };
  const { from, to } = CREATIONS[command.creation];
  const { count } = await tx.invoice.updateMany({
    where: { id: { in: invoiceIds }, status: from },
    data: { ...command.data, status: to, statusChangedAt: command.now, ...receivedAtAfter(to, command.now) },
  });
  if (count !== invoiceIds.length) throw new AppError("CONFLICT", SENT_INVOICE_MESSAGE);
  await tx.invoiceHistory.createMany({
    data: invoiceIds.map((invoiceId) => ({ invoiceId, status: to, actorId: command.actorUserId, actorStructureId: command.actorStructureId, createdAt: command.now })),
  });
  // One read of the invoices as sent, for all that follows: the notices, the webhooks, whether the recipient requires
  // an engagement, the history rows that key the routing job (it was five reads). The supplier's users only when they
  // are told of each invoice (not a flux's many).
  const sent = await tx.invoice.findMany({
    where: { id: { in: invoiceIds } },
    select: {
      ...statusWebhookSelect,
      ...sendingNoticeSelect,
      supplierStructure: {
        select: { raisonSociale: true, rattachements: { ...sendingNoticeSelect.supplierStructure.select.rattachements, take: command.announce ? undefined : 0 } },
      },
      recipientStructure: { select: { raisonSociale: true, engagementExistantObligatoire: true } },
      _count: { select: { history: true } },
    },
  });
  const byId = new Map(sent.map((invoice) => [invoice.id, invoice]));
  const inOrder = invoiceIds.map((invoiceId) => byId.get(invoiceId)!);
  if (command.announce) for (const invoice of inOrder) await notifySending(tx, invoice);
  await emitStatusWebhooksOf(tx, inOrder, command.now);
  if (!isRoutedStatus(to)) return { recycled };
  for (const invoice of inOrder) {
    if (!invoice.recipientStructure?.engagementExistantObligatoire) continue;
    const motif = await refusedEngagementMotif(tx, invoice.id);
    if (!motif) continue;
    // Taken on its way and sent back, a millisecond apart each so that the history lists the moves in order.
    await applyTransition(tx, { invoiceId: invoice.id, action: "ACHEMINER", actor: "PLATEFORME", now: new Date(command.now.getTime() + 1) });
    await applyTransition(tx, { invoiceId: invoice.id, action: "RENVOYER_A_RECYCLER", actor: "PLATEFORME", motif, now: new Date(command.now.getTime() + 2) });
    recycled.set(invoice.id, motif);
  }
  await enqueueRoutings(
    tx,
    inOrder.filter((invoice) => !recycled.has(invoice.id)).map((invoice) => ({ invoiceId: invoice.id, historyRows: invoice._count.history })),
  );
  return { recycled };
}

/** The routing's motif when the quoted engagement is refused (and only then: the routing checks the rest later). */
async function refusedEngagementMotif(tx: Tx, invoiceId: string): Promise<string | null> {
  const invoice = await lockInvoiceRow(tx, invoiceId);
  if (!invoice?.recipientStructureId) return null;
  const problem = await engagementQuoteReason(tx, invoice);
  if (!problem) return null;
  const verdict = routingVerdict(invoice, await findRecipient(tx, invoice.recipientStructureId), problem);
  return verdict.action === "RENVOYER_A_RECYCLER" ? verdict.motif : null;
}
