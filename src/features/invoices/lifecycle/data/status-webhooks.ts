// The webhook "facture.statut_modifie" of every change of status (a transition, a creation), emitted in the change's
// transaction (src/server/webhooks/emit.ts): to the supplier's structure, and to the recipient's once the invoice has
// been made available to it (a received status with its date of reception) — never before, as its Factures reçues
// would not show the invoice yet. The status as the API tells it: the portal's code and label, the reform's code.
import type { Prisma } from "@/generated/prisma/client.ts";
import type { Tx } from "@/server/db.ts";
import { emitWebhookEvents } from "@/server/webhooks/emit.ts";
import type { WebhookEvent } from "@/server/webhooks/events.ts";
import { INVOICE_STATUS_LABELS, isReceivedStatus } from "@/features/invoices/common/index.ts";
import { afnorLifecycleOf } from "../rules/afnor-lifecycle-codes.ts";

/** What a status webhook says of an invoice: read after the change, in the same transaction. */
const statusWebhookSelect = {
  id: true,
  status: true,
  statusChangedAt: true,
  sentNumber: true,
  invoiceNumber: true,
  temporaryNumber: true,
  supplierStructureId: true,
  recipientStructureId: true,
  receivedAt: true,
} as const satisfies Prisma.InvoiceSelect;

export type StatusWebhookRow = Prisma.InvoiceGetPayload<{ select: typeof statusWebhookSelect }>;

/** Emits the invoices' current status (read after the change, in the same transaction). */
export async function emitStatusWebhooks(tx: Tx, invoiceIds: string[], now: Date): Promise<void> {
  if (invoiceIds.length === 0) return;
  const invoices = await tx.invoice.findMany({ where: { id: { in: invoiceIds } }, select: statusWebhookSelect });
  await emitStatusWebhooksOf(tx, invoices, now);
}

/** The same, from the invoices as the caller just read them (statusWebhookSelect) after the change. */
export async function emitStatusWebhooksOf(tx: Tx, invoices: StatusWebhookRow[], now: Date): Promise<void> {
  const events = invoices.map(
    (invoice): WebhookEvent => ({
      type: "FACTURE_STATUT_MODIFIE",
      structureIds: [invoice.supplierStructureId, isReceivedStatus(invoice.status) && invoice.receivedAt ? invoice.recipientStructureId : null],
      data: {
        idFacture: invoice.id,
        numeroFacture: invoice.sentNumber ?? invoice.invoiceNumber ?? invoice.temporaryNumber,
        statut: { code: invoice.status, libelle: INVOICE_STATUS_LABELS[invoice.status], cycleDeVie: afnorLifecycleOf(invoice.status) },
        dateStatut: invoice.statusChangedAt.toISOString(),
      },
    }),
  );
  await emitWebhookEvents(tx, events, now);
}
