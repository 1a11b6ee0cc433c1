import { INVOICE_ROUTING_QUEUE } from "@/features/invoices/lifecycle/index.ts";
import { db } from "@/server/db.ts";
import { AUTO_VALIDATION_QUEUE } from "../rules/auto-validation-schedule.ts";

/**
 * Done jobs of the auto-validation queue (one per minute) and of the routing one (one per invoice sent) are kept a
 * day, then removed by the minute-by-minute job: the queues' housekeeping. A routing job's key names its passage
 * through DEPOSEE, so removing it never lets the same passage be routed twice.
 */
const HOUSEKEPT_QUEUES = [AUTO_VALIDATION_QUEUE, INVOICE_ROUTING_QUEUE];
const KEEP_DONE_MS = 24 * 60 * 60 * 1000;

export async function removeOldDoneJobs(now: Date): Promise<void> {
  await db.job.deleteMany({ where: { queue: { in: HOUSEKEPT_QUEUES }, status: "DONE", finishedAt: { lt: new Date(now.getTime() - KEEP_DONE_MS) } } });
}
