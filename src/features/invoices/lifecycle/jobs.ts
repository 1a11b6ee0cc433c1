// The lifecycle's job handlers, handed to the job runner at start-up: the routing of each invoice made DEPOSEE or
// VALIDEE_1 (queue "invoice-routing", enqueued by recordCreation and applyTransition).
import type { JobHandlers } from "@/server/jobs/run-jobs.ts";
import { INVOICE_ROUTING_QUEUE } from "./data/routing-queue.ts";
import { routingPayloadSchema } from "./rules/routing.ts";
import { routeInvoice } from "./use-cases/route-invoice.ts";

async function routeInvoiceJob(payload: unknown): Promise<void> {
  const { invoiceId } = routingPayloadSchema.parse(payload);
  await routeInvoice({ invoiceId });
}

export const routingJobHandlers: JobHandlers = { [INVOICE_ROUTING_QUEUE]: (payload) => routeInvoiceJob(payload) };
