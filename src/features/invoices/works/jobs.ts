// The works area's job: every minute, the MOE deadline's run (queue "works-moe-deadline"), handed to the job runner at
// start-up (src/instrumentation.ts), like the validation desk's "validation automatique hors délai".
import type { JobHandlers } from "@/server/jobs/run-jobs.ts";
import { MOE_DEADLINE_QUEUE, nextMinuteOf } from "./rules/moe-deadline.ts";
import { passOverdueWorksDocuments } from "./use-cases/pass-overdue-works-documents.ts";
import { scheduleMoeDeadlineRun } from "./use-cases/schedule-moe-deadline-run.ts";

/** The job of one minute: schedules the next minute's first (so that a failure here never stops the chain), then runs. */
export async function runMoeDeadlineJob(now = new Date()): Promise<void> {
  await scheduleMoeDeadlineRun({ at: nextMinuteOf(now) });
  await passOverdueWorksDocuments({ now });
}

export const worksJobHandlers: JobHandlers = { [MOE_DEADLINE_QUEUE]: () => runMoeDeadlineJob() };
