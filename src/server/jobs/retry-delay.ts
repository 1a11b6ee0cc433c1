// How long a failed job waits before its next attempt: doubling from a base, capped, so that a passing outage
// (database restarting, a bug being fixed) is not hammered and a lasting one is retried now and then.
export const RETRY_BASE_MS = 5_000;
export const RETRY_MAX_MS = 60 * 60 * 1000;

/** Delay after the given failed attempt (1 for the first): base, 2×base, 4×base… up to an hour. */
export function retryDelayMs(attempt: number, baseMs = RETRY_BASE_MS): number {
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  return Math.min(baseMs * 2 ** exponent, RETRY_MAX_MS);
}
