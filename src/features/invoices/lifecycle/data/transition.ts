// One change of status, in the caller's transaction: the invoice's row locked (FOR UPDATE: of two actions at once,
// the second waits, then sees the first one's status and is refused), the move checked by the status machine, the
// new status with its date (and the délai de paiement it starts, moves or ends: payment-deadline.ts), the history row,
// the notifications, the jobs the new status needs (the routing of a recycled or validated invoice) and the webhooks of the structures subscribed. The caller has checked who acts (the
// use cases of each side do).
import type { CadreFacturation, InvoiceStatus, InvoiceType } from "@/generated/prisma/enums.ts";
import type { Tx } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { throwIfAny } from "@/features/invoices/common/index.ts";
import { receivedAtAfter } from "@/features/invoices/common/index.ts";
import type { LifecycleAction, LifecycleActor } from "../rules/lifecycle-contract.ts";
import { notifyStatusChange } from "./notifications.ts";
import { paymentDeadlineAfter } from "./payment-deadline.ts";
import { enqueueJobsForStatus } from "./routing-queue.ts";
import { emitStatusWebhooks } from "./status-webhooks.ts";
import { checkMove, transitionInput } from "../rules/status-machine.ts";
import { isUuid } from "@/lib/uuid.ts";

export type TransitionCommand = {
  invoiceId: string;
  action: LifecycleAction;
  actor: LifecycleActor;
  /** The user who acts; null for the platform. */
  actorUserId?: string | null;
  /** The structure on whose behalf they act (supplier, recipient or holder of the contract); null for the platform. */
  actorStructureId?: string | null;
  motif?: string | null;
  comment?: string | null;
  now?: Date;
};

export type TransitionResult = { invoiceId: string; from: InvoiceStatus; status: InvoiceStatus };

export type LockedInvoice = {
  id: string;
  status: InvoiceStatus;
  type: InvoiceType;
  cadre: CadreFacturation;
  number: string;
  supplierStructureId: string;
  recipientStructureId: string | null;
  recipientServiceId: string | null;
  engagementNumber: string | null;
  totalGross: string;
  currency: string;
};

/** The invoice's row, locked until the end of the transaction; null when there is none. */
export async function lockInvoiceRow(tx: Tx, invoiceId: string): Promise<LockedInvoice | null> {
  if (!isUuid(invoiceId)) return null;
  const [row] = await tx.$queryRaw<LockedInvoice[]>`
    SELECT id, status::text AS status, type::text AS type, cadre::text AS cadre, COALESCE(sent_number, invoice_number, temporary_number) AS number,
      supplier_structure_id AS "supplierStructureId", recipient_structure_id AS "recipientStructureId",
      recipient_service_id AS "recipientServiceId", engagement_number AS "engagementNumber",
      total_gross::text AS "totalGross", currency
    FROM invoices WHERE id = ${invoiceId}::uuid FOR UPDATE`;
  return row ?? null;
}

/**
 * Moves the invoice with `action`: NOT_FOUND when it does not exist, CONFLICT (French message) when the machine
 * refuses the move from its current status, InvoiceRulesError on "motif" / "comment" when they are missing or wrong.
 */
export async function applyTransition(tx: Tx, command: TransitionCommand): Promise<TransitionResult> {
  const now = command.now ?? new Date();
  const invoice = await lockInvoiceRow(tx, command.invoiceId);
  if (!invoice) throw notFound("Facture introuvable.");
  const verdict = checkMove(invoice.status, command.action, command.actor);
  if (!verdict.ok) throw new AppError("CONFLICT", verdict.message);
  const { motif, comment, errors } = transitionInput(command.action, command);
  throwIfAny(errors);

  const paymentDeadline = await paymentDeadlineAfter(tx, invoice.id, verdict.to, now);
  await tx.invoice.update({ where: { id: invoice.id }, data: { status: verdict.to, statusChangedAt: now, ...receivedAtAfter(verdict.to, now), ...paymentDeadline } });
  await tx.invoiceHistory.create({
    data: {
      invoiceId: invoice.id,
      status: verdict.to,
      actorId: command.actorUserId ?? null,
      actorStructureId: command.actorStructureId ?? null,
      motif: motif ?? null,
      comment: comment ?? null,
      createdAt: now,
    },
  });
  await notifyStatusChange(tx, { invoice, actor: command.actor, to: verdict.to, motif, comment, now });
  await enqueueJobsForStatus(tx, invoice.id, verdict.to);
  await emitStatusWebhooks(tx, [invoice.id], now);
  return { invoiceId: invoice.id, from: invoice.status, status: verdict.to };
}

/** The platform moves an invoice (routing, validation hors délai), in the caller's transaction; CONFLICT when illegal. */
export async function moveInvoiceAsPlatform(tx: Tx, invoiceId: string, action: LifecycleAction, input: { motif?: string; comment?: string } = {}, now = new Date()): Promise<TransitionResult> {
  return applyTransition(tx, { invoiceId, action, actor: "PLATEFORME", motif: input.motif, comment: input.comment, now });
}
