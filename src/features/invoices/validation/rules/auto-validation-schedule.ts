// The minute-by-minute run of the "validation automatique hors délai": one job per minute, named after its minute, so
// that every instance may schedule it and still only one runs per minute. Pure.

export const AUTO_VALIDATION_QUEUE = "invoice-auto-validation";

const MINUTE_MS = 60 * 1000;

/** The start of the minute `at` falls in. */
export const minuteOf = (at: Date) => new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS);

/** The start of the minute after `at`. */
export const nextMinuteOf = (at: Date) => new Date(minuteOf(at).getTime() + MINUTE_MS);

/** The job's singletonKey: "invoice-auto-validation:2026-11-23T20:31". */
export const autoValidationKey = (minute: Date) => `${AUTO_VALIDATION_QUEUE}:${minuteOf(minute).toISOString().slice(0, 16)}`;
