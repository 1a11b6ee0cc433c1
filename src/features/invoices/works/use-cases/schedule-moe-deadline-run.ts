import { db } from "@/server/db.ts";
import { enqueueJob } from "@/server/jobs/queue.ts";
import { MOE_DEADLINE_QUEUE, minuteOf, moeDeadlineRunKey } from "../rules/moe-deadline.ts";

/** Schedules the run of the minute `at` falls in; a second call for the same minute does nothing. */
export async function scheduleMoeDeadlineRun({ at = new Date() }: { at?: Date } = {}): Promise<void> {
  await db.$transaction((tx) => enqueueJob(tx, MOE_DEADLINE_QUEUE, {}, { runAt: minuteOf(at), singletonKey: moeDeadlineRunKey(at) }));
}
