// The rules that slow down password guessing without locking the owner out. Pure: no I/O.
//
// Failed logins are counted under three keys (rows of login_throttles):
// - the account from one address: after a few free failures, each further one makes that address wait longer
//   (1 s, 2 s, 4 s… up to the window) before it may try this account again;
// - the address, whatever the account: the same growing delay, after more free failures;
// - the account, whatever the address: beyond a threshold, every login to it needs the captcha, never a lock.
// So an attacker is slowed, and with many addresses must solve a proof of work per try, while the owner can
// always log in from their own address (solving the captcha at worst). Counts restart after a whole window
// without a failure.

export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };
/** `freeFailures`: failures before a delay; `windowMinutes`: quiet time that forgets them, and the longest delay. */
export type ThrottlePolicy = { freeFailures: number; windowMinutes: number };

const MINUTE = 60_000;

/** Whether a delay is in force: the login is refused, cheaply, before any password check. */
export function isDelayed(state: ThrottleState | null | undefined, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/** Seconds left before the next try is allowed (0 when none is due). */
export function secondsToWait(state: ThrottleState | null | undefined, now: Date): number {
  return isDelayed(state, now) ? Math.ceil((state!.lockedUntil!.getTime() - now.getTime()) / 1000) : 0;
}

/** Failures still counted now (0 once a whole window has passed since the last one). */
export function activeFailures(state: ThrottleState | null | undefined, now: Date, policy: Pick<ThrottlePolicy, "windowMinutes">): number {
  if (!state) return 0;
  return now.getTime() - state.windowStart.getTime() >= policy.windowMinutes * MINUTE ? 0 : state.failures;
}

/** The delay after the n-th failure: none up to `freeFailures`, then 1 s, doubling, at most the window. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures <= policy.freeFailures) return 0;
  return Math.min(1000 * 2 ** Math.min(failures - policy.freeFailures - 1, 30), policy.windowMinutes * MINUTE);
}

/**
 * Counts one more failure at `now` (`windowStart` keeps the time of the last one). Failures older than a whole
 * window are forgotten first.
 */
export function recordFailure(state: ThrottleState | null | undefined, now: Date, policy: ThrottlePolicy): ThrottleState {
  const failures = activeFailures(state, now, policy) + 1;
  const delay = delayAfter(failures, policy);
  return { failures, windowStart: now, lockedUntil: delay ? new Date(now.getTime() + delay) : null };
}

/** Whether logins to the account need the captcha: `threshold` failures or more, from any address, within the window. */
export function needsCaptcha(state: ThrottleState | null | undefined, now: Date, policy: { threshold: number; windowMinutes: number }): boolean {
  return activeFailures(state, now, policy) >= policy.threshold;
}
