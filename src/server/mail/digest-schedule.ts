// When the daily digest of notifications goes out: once a day at 18:00, Paris time, one job per day named after its
// day, so that every instance may schedule it and still only one runs per day. Pure.
import { parisDayEnd } from "@/lib/paris-day.ts";

export const NOTIFICATION_DIGEST_QUEUE = "notification-digest";

/** 18:00 in Paris is always six hours before the next midnight (the clocks change at night, never in the evening). */
const HOURS_BEFORE_MIDNIGHT = 6;

const parisDayOf = (at: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(at);

const digestMomentOf = (isoDay: string) => new Date(parisDayEnd(isoDay).getTime() - HOURS_BEFORE_MIDNIGHT * 60 * 60 * 1000);

const nextIsoDay = (isoDay: string) => {
  const next = new Date(`${isoDay}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
};

/** The first digest strictly after `at`: its moment and its job's singletonKey ("notification-digest:2026-12-07"). */
export function nextDigestAfter(at: Date): { runAt: Date; singletonKey: string } {
  const today = parisDayOf(at);
  const day = digestMomentOf(today) > at ? today : nextIsoDay(today);
  return { runAt: digestMomentOf(day), singletonKey: `${NOTIFICATION_DIGEST_QUEUE}:${day}` };
}
