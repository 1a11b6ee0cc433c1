// The validation desk's job: every minute, the "validation automatique hors délai" (queue "invoice-auto-validation"),
// handed to the job runner at start-up (src/instrumentation.ts).
import type { JobHandlers } from "@/server/jobs/run-jobs.ts";
import { removeOldDoneJobs } from "./data/job-housekeeping.ts";
import { AUTO_VALIDATION_QUEUE, nextMinuteOf } from "./rules/auto-validation-schedule.ts";
import { autoValidateOverdueInvoices } from "./use-cases/auto-validate-overdue-invoices.ts";
import { scheduleAutoValidation } from "./use-cases/schedule-auto-validation.ts";

/** The job of one minute: schedules the next minute's first (so that a failure here never stops the chain), then runs. */
export async function runAutoValidationJob(now = new Date()): Promise<void> {
  await scheduleAutoValidation({ at: nextMinuteOf(now) });
  await removeOldDoneJobs(now);
  await autoValidateOverdueInvoices({ now });
}

export const autoValidationJobHandlers: JobHandlers = { [AUTO_VALIDATION_QUEUE]: () => runAutoValidationJob() };
