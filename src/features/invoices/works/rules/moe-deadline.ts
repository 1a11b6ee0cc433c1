// The maîtrise d'œuvre's deadline on a works document, and the minute-by-minute run that passes on the overdue ones
// (as invoices/validation's run does for A9 / A12). Pure.

/** The MOE has 7 days from the document's arrival (the délai de paiement runs from it: communauté Chorus Pro). */
export const MOE_DELAY_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** When the platform passes the document on itself: 7 × 24 hours after it reached (or came back to) the MOE. */
export const moeDeadlineFrom = (at: Date, days = MOE_DELAY_DAYS) => new Date(at.getTime() + days * DAY_MS);

/** Whether the MOE's time is over (the deadline itself included). */
export const isMoeOverdue = (deadline: Date | null, now: Date) => deadline !== null && deadline.getTime() <= now.getTime();

export const MOE_DEADLINE_QUEUE = "works-moe-deadline";

export const minuteOf = (at: Date) => new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS);
export const nextMinuteOf = (at: Date) => new Date(minuteOf(at).getTime() + MINUTE_MS);

/** The job's singletonKey: "works-moe-deadline:2026-12-07T15:02". */
export const moeDeadlineRunKey = (minute: Date) => `${MOE_DEADLINE_QUEUE}:${minuteOf(minute).toISOString().slice(0, 16)}`;

/** The history's comment of a document the platform passed on because the MOE did not answer in time. */
export const MOE_OVERDUE_COMMENT = "Transmission automatique à la maîtrise d'ouvrage : la maîtrise d'œuvre n'a pas traité le document dans le délai de 7 jours.";
