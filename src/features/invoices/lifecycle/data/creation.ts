// An invoice's creation as the status machine sees it (decision 0004), in the caller's transaction and exactly as a
// transition writes a change: the drafts' rows taken out of BROUILLON to the status the machine gives, with its date,
// the history rows, the notices, the jobs the new status needs (the routing of a DEPOSEE invoice, keyed by its
// history) and the webhooks of the structures subscribed. A draft itself is no move yet (no history row): the caller
// writes it, checks who sends it, then calls this.
// An invoice sent to a recipient that requires an existing engagement and quoting none it may quote (the routing's
// own rule, engagements' engagementQuoteReason) is accepted all the same, then sent À recycler at once in this
// transaction with the reason, as the routing would have done: nothing accepted is lost, the supplier is told on
// the confirmation rather than by a later notice.
import { Prisma } from "@/generated/prisma/client.ts";
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
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
import { emitStatusWebhooksOf, type StatusWebhookRow } from "./status-webhooks.ts";

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

/** An invoice as its sending left it: what its status webhook says, whether its recipient requires an existing engagement, its history rows. */
type SentInvoice = StatusWebhookRow & { engagementRequired: boolean; historyRows: number };

/**
 * The drafts' move and its history rows in ONE statement, the invoices as sent returned by it: for a flux's hundred
 * invoices the ORM's update, createMany and nested read were most of what the chunks cost the thread that serves
 * pages (Prisma's query compiler, a template step per value, the nested rows rebuilt; decision 0020, fifth pass).
 * The history count is read in the statement's snapshot, before its own row: hence + 1. updated_at as Prisma's
 * @updatedAt sets it.
 */
async function moveDrafts(tx: Tx, invoiceIds: string[], from: InvoiceStatus, to: InvoiceStatus, command: CreationCommand): Promise<SentInvoice[]> {
  const received = receivedAtAfter(to, command.now);
  const setReceived = "receivedAt" in received ? Prisma.sql`, received_at = ${received.receivedAt ?? null}::timestamp` : Prisma.empty;
  return tx.$queryRaw<SentInvoice[]>`
    WITH moved AS (
      UPDATE invoices SET status = ${to}::"InvoiceStatus", status_changed_at = ${command.now}::timestamp, updated_at = ${new Date()}::timestamp ${setReceived}
      WHERE id = ANY(${invoiceIds}::uuid[]) AND status = ${from}::"InvoiceStatus"
      RETURNING id, status, status_changed_at, sent_number, invoice_number, temporary_number, supplier_structure_id, recipient_structure_id, received_at
    ), history AS (
      INSERT INTO invoice_history (id, invoice_id, status, actor_id, actor_structure_id, created_at)
      SELECT gen_random_uuid(), moved.id, moved.status, ${command.actorUserId}::uuid, ${command.actorStructureId}::uuid, ${command.now}::timestamp FROM moved
    )
    SELECT moved.id, moved.status::text AS status, moved.status_changed_at AS "statusChangedAt", moved.sent_number AS "sentNumber",
           moved.invoice_number AS "invoiceNumber", moved.temporary_number AS "temporaryNumber", moved.supplier_structure_id AS "supplierStructureId",
           moved.recipient_structure_id AS "recipientStructureId", moved.received_at AS "receivedAt",
           coalesce(recipient.engagement_existant_obligatoire, false) AS "engagementRequired",
           (SELECT count(*)::int FROM invoice_history h WHERE h.invoice_id = moved.id) + 1 AS "historyRows"
    FROM moved LEFT JOIN structures recipient ON recipient.id = moved.recipient_structure_id`;
}

/** Sends the drafts; CONFLICT when one of them is no longer a draft. */
export async function recordCreation(tx: Tx, command: CreationCommand): Promise<CreationOutcome> {
  const invoiceIds = [...new Set(command.invoiceIds)];
  const recycled = new Map<string, string>();
  if (invoiceIds.length === 0) return { recycled };
  const { from, to } = CREATIONS[command.creation];
  // What the sending sets besides the status (the final number, the date sent, the holder's deadline), before the
  // move: the move's own check (still drafts, all of them) then decides, and its webhooks see these columns.
  if (command.data) await tx.invoice.updateMany({ where: { id: { in: invoiceIds }, status: from }, data: command.data });
  const sent = await moveDrafts(tx, invoiceIds, from, to, command);
  if (sent.length !== invoiceIds.length) throw new AppError("CONFLICT", SENT_INVOICE_MESSAGE);
  const byId = new Map(sent.map((invoice) => [invoice.id, invoice]));
  const inOrder = invoiceIds.map((invoiceId) => byId.get(invoiceId)!);
  // The supplier's users only when they are told of each invoice (not a flux's many): one read, as sent.
  if (command.announce) {
    const notices = await tx.invoice.findMany({ where: { id: { in: invoiceIds } }, select: sendingNoticeSelect });
    const noticeOf = new Map(notices.map((notice) => [notice.id, notice]));
    for (const invoiceId of invoiceIds) await notifySending(tx, noticeOf.get(invoiceId)!);
  }
  await emitStatusWebhooksOf(tx, inOrder, command.now);
  if (!isRoutedStatus(to)) return { recycled };
  for (const invoice of inOrder) {
    if (!invoice.engagementRequired) continue;
    const motif = await refusedEngagementMotif(tx, invoice.id);
    if (!motif) continue;
    // Taken on its way and sent back, a millisecond apart each so that the history lists the moves in order.
    await applyTransition(tx, { invoiceId: invoice.id, action: "ACHEMINER", actor: "PLATEFORME", now: new Date(command.now.getTime() + 1) });
    await applyTransition(tx, { invoiceId: invoice.id, action: "RENVOYER_A_RECYCLER", actor: "PLATEFORME", motif, now: new Date(command.now.getTime() + 2) });
    recycled.set(invoice.id, motif);
  }
  await enqueueRoutings(
    tx,
    inOrder.filter((invoice) => !recycled.has(invoice.id)).map((invoice) => ({ invoiceId: invoice.id, historyRows: invoice.historyRows })),
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
