import { describe, expect, it } from "vitest";
import { isLocked, recordFailure, type ThrottleState } from "@/features/accounts/login-throttle.ts";

const policy = { maxFailures: 5, lockMinutes: 15 };
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 10, 0) + minutes * 60_000);

function failures(count: number, start = 0, state: ThrottleState | null = null) {
  for (let i = 0; i < count; i++) state = recordFailure(state, at(start + i * 0.1), policy);
  return state!;
}

describe("login throttle", () => {
  it("locks on the fifth failure, for fifteen minutes", () => {
    const four = failures(4);
    expect(four.failures).toBe(4);
    expect(isLocked(four, at(1))).toBe(false);
    const five = recordFailure(four, at(1), policy);
    expect(isLocked(five, at(1))).toBe(true);
    expect(isLocked(five, at(15.9))).toBe(true);
    expect(isLocked(five, at(16))).toBe(false);
  });

  it("counts failures again from one once the window is over", () => {
    const four = failures(4);
    const later = recordFailure(four, at(20), policy);
    expect(later).toEqual({ failures: 1, windowStart: at(20), lockedUntil: null });
  });

  it("starts counting again after a lock has expired", () => {
    const locked = failures(5);
    const after = recordFailure(locked, at(16), policy);
    expect(after.failures).toBe(1);
    expect(isLocked(after, at(16))).toBe(false);
  });

  it("is not locked without a state", () => {
    expect(isLocked(null, at(0))).toBe(false);
  });
});
