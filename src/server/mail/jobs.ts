// The mail's job handlers, handed to the job runner at start-up (src/instrumentation.ts) with the features' own: the
// daily digest of notifications, which schedules the next day's before it runs (a failure never stops the chain), then
// removes the notifications digested more than a month ago.
import type { JobHandlers } from "../jobs/run-jobs.ts";
import { NOTIFICATION_DIGEST_QUEUE } from "./digest-schedule.ts";
import { removeOldDigestItems, scheduleNotificationDigest, sendNotificationDigests } from "./notification-digest.ts";

export async function runNotificationDigestJob(now = new Date()): Promise<void> {
  await scheduleNotificationDigest({ at: now });
  await sendNotificationDigests({ now });
  await removeOldDigestItems(now);
}

export const notificationDigestJobHandlers: JobHandlers = { [NOTIFICATION_DIGEST_QUEUE]: () => runNotificationDigestJob() };
