// The rule that locks an account (or an IP address) after repeated failed logins. Pure: no I/O.

export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };
export type ThrottlePolicy = { maxFailures: number; lockMinutes: number };

const MINUTE = 60_000;

export function isLocked(state: ThrottleState | null | undefined, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/**
 * Counts one more failure. Failures count within a window as long as the lock; once the window (or a
 * past lock) is over, counting starts again. Reaching the maximum locks for `lockMinutes`.
 */
export function recordFailure(state: ThrottleState | null | undefined, now: Date, policy: ThrottlePolicy): ThrottleState {
  const windowOver = !state || now.getTime() - state.windowStart.getTime() >= policy.lockMinutes * MINUTE;
  const lockOver = !!state?.lockedUntil && state.lockedUntil.getTime() <= now.getTime();
  const fresh = windowOver || lockOver;
  const failures = fresh ? 1 : state!.failures + 1;
  const windowStart = fresh ? now : state!.windowStart;
  const lockedUntil = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMinutes * MINUTE) : null;
  return { failures, windowStart, lockedUntil };
}
