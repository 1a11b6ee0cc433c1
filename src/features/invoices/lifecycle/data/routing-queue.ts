// The queue "invoice-routing": one job per invoice entering DEPOSEE or VALIDEE_1, enqueued in the transaction that
// puts it there (so that a committed deposit is always routed, and a rolled-back one never is), run by the worker
// (instrumentation.ts) through routingJobHandlers (use-cases/route-invoice.ts).
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import type { Tx } from "@/server/db.ts";
import { enqueueJob, enqueueJobs } from "@/server/jobs/queue.ts";
import { isRoutedStatus, routingKey } from "../rules/routing.ts";

export const INVOICE_ROUTING_QUEUE = "invoice-routing";

/** Enqueues the routing of one invoice to its recipient (ignored when this passage already has its job). */
export async function enqueueRouting(tx: Tx, invoiceId: string): Promise<void> {
  const historyRows = await tx.invoiceHistory.count({ where: { invoiceId } });
  await enqueueJob(tx, INVOICE_ROUTING_QUEUE, { invoiceId }, { singletonKey: routingKey(invoiceId, historyRows) });
}

const BULK_SIZE = 1000;

/**
 * The same for many invoices (a flux's accepted ones), each with its number of history rows (recordCreation reads
 * them with the rest): one INSERT per thousand. Returns the jobs created.
 */
export async function enqueueRoutings(tx: Tx, invoices: { invoiceId: string; historyRows: number }[]): Promise<number> {
  let created = 0;
  for (let start = 0; start < invoices.length; start += BULK_SIZE) {
    created += await enqueueJobs(
      tx,
      INVOICE_ROUTING_QUEUE,
      invoices.slice(start, start + BULK_SIZE).map(({ invoiceId, historyRows }) => ({ payload: { invoiceId }, singletonKey: routingKey(invoiceId, historyRows) })),
    );
  }
  return created;
}

/** The jobs a new status calls for: the routing of a deposited (or recycled) or validated invoice. */
export async function enqueueJobsForStatus(tx: Tx, invoiceId: string, status: InvoiceStatus): Promise<void> {
  if (isRoutedStatus(status)) await enqueueRouting(tx, invoiceId);
}
