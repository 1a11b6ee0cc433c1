// "Validation automatique hors délai": every minute, a job of queue "invoice-auto-validation" moves the A9 / A12
// invoices whose holder did not answer by the deadline to VALIDEE_1 (the platform as actor, history comment
// « Validation automatique hors délai »); the lifecycle's platform move enqueues, in the same transaction, the routing
// job that takes each on to its recipient.
import type { Prisma } from "@/generated/prisma/client.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { enqueueJob } from "@/server/jobs/queue.ts";
import type { JobHandlers } from "@/server/jobs/run-jobs.ts";
import { logger } from "@/server/logger.ts";
import { INVOICE_ROUTING_QUEUE } from "@/features/invoices/lifecycle/data/routing-queue.ts";
import { moveInvoiceAsPlatform } from "../../lifecycle/use-cases/change-invoice-status.ts";
import { AUTO_VALIDATION_QUEUE, autoValidationKey, minuteOf, nextMinuteOf } from "../auto-validation-schedule.ts";
import { AUTO_VALIDATION_COMMENT } from "../validation-rules.ts";

/** Invoices taken per query; a run goes on until none is overdue or `limit` were looked at. */
const BATCH_SIZE = 100;
/**
 * Done jobs of this queue (one per minute) and of the routing one (one per invoice sent) are kept a day, then removed
 * by this minute-by-minute job: the queues' housekeeping. A routing job's key names its passage through DEPOSEE, so
 * removing it never lets the same passage be routed twice.
 */
const HOUSEKEPT_QUEUES = [AUTO_VALIDATION_QUEUE, INVOICE_ROUTING_QUEUE];
const KEEP_DONE_MS = 24 * 60 * 60 * 1000;

/** Schedules the run of the minute `at` falls in (or of a later minute); a second call for the same minute does nothing. */
export async function scheduleAutoValidation(at = new Date()): Promise<void> {
  await db.$transaction((tx) => enqueueJob(tx, AUTO_VALIDATION_QUEUE, {}, { runAt: minuteOf(at), singletonKey: autoValidationKey(at) }));
}

/** Validates one overdue invoice and routes it; false when it is no longer waiting (the holder decided meanwhile). */
async function autoValidate(invoiceId: string): Promise<boolean> {
  try {
    await db.$transaction((tx) => moveInvoiceAsPlatform(tx, invoiceId, "VALIDER_HORS_DELAI", { comment: AUTO_VALIDATION_COMMENT }));
    return true;
  } catch (error) {
    // The holder's decision won the row's lock first: nothing left to do for this one.
    if (error instanceof AppError && error.code === "CONFLICT") return false;
    throw error;
  }
}

/**
 * Validates every A_VALIDER_1 invoice whose deadline has passed at `now` (at most `limit`), oldest deadline first.
 * Idempotent: an invoice already decided is skipped. Returns the ids validated.
 */
export async function autoValidateOverdueInvoices(now = new Date(), options: { limit?: number } = {}): Promise<string[]> {
  const limit = options.limit ?? 5000;
  const validated: string[] = [];
  const skipped = new Set<string>();
  while (validated.length + skipped.size < limit) {
    const where: Prisma.InvoiceWhereInput = { status: "A_VALIDER_1", validationDeadline: { lte: now }, ...(skipped.size > 0 ? { id: { notIn: [...skipped] } } : {}) };
    const due = await db.invoice.findMany({ where, orderBy: [{ validationDeadline: "asc" }, { id: "asc" }], take: Math.min(BATCH_SIZE, limit - validated.length - skipped.size), select: { id: true } });
    if (due.length === 0) break;
    for (const { id } of due) {
      if (await autoValidate(id)) validated.push(id);
      else skipped.add(id);
    }
  }
  if (validated.length > 0) logger.info({ count: validated.length }, "factures validées automatiquement hors délai");
  return validated;
}

/** The job of one minute: schedules the next minute's first (so that a failure here never stops the chain), then runs. */
export async function runAutoValidationJob(now = new Date()): Promise<void> {
  await scheduleAutoValidation(nextMinuteOf(now));
  await db.job.deleteMany({ where: { queue: { in: HOUSEKEPT_QUEUES }, status: "DONE", finishedAt: { lt: new Date(now.getTime() - KEEP_DONE_MS) } } });
  await autoValidateOverdueInvoices(now);
}

export const autoValidationJobHandlers: JobHandlers = { [AUTO_VALIDATION_QUEUE]: () => runAutoValidationJob() };
