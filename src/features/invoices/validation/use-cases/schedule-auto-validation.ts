import { db } from "@/server/db.ts";
import { enqueueJob } from "@/server/jobs/queue.ts";
import { AUTO_VALIDATION_QUEUE, autoValidationKey, minuteOf } from "../rules/auto-validation-schedule.ts";

/** Schedules the run of the minute `at` falls in (or of a later minute); a second call for the same minute does nothing. */
export async function scheduleAutoValidation({ at = new Date() }: { at?: Date } = {}): Promise<void> {
  await db.$transaction((tx) => enqueueJob(tx, AUTO_VALIDATION_QUEUE, {}, { runAt: minuteOf(at), singletonKey: autoValidationKey(at) }));
}
