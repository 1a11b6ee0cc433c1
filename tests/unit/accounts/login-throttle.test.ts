import { describe, expect, it } from "vitest";
import { activeFailures, delayAfter, isDelayed, needsCaptcha, recordFailure, secondsToWait, type ThrottleState } from "@/features/accounts/rules/login-throttle.ts";

const policy = { freeFailures: 3, windowMinutes: 15 };
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 23, 10, 0) + seconds * 1000);

function failures(count: number, state: ThrottleState | null = null, start = 0) {
  for (let i = 0; i < count; i++) state = recordFailure(state, at(start + i), policy);
  return state!;
}

describe("login throttle: a growing delay, never a lock", () => {
  it("lets the first failures through without delay", () => {
    const three = failures(3);
    expect(three.failures).toBe(3);
    expect(isDelayed(three, at(3))).toBe(false);
  });

  it("makes the address wait 1 s, then 2 s, then 4 s after each further failure", () => {
    expect([4, 5, 6, 7].map((n) => delayAfter(n, policy))).toEqual([1000, 2000, 4000, 8000]);
    const four = failures(4);
    expect(secondsToWait(four, at(3))).toBe(1);
    expect(isDelayed(four, at(4))).toBe(false);
  });

  it("never makes anyone wait longer than the window", () => {
    expect(delayAfter(100, policy)).toBe(15 * 60_000);
    expect(delayAfter(10_000, policy)).toBe(15 * 60_000);
  });

  it("forgets the failures after a whole window without one", () => {
    const many = failures(10);
    expect(activeFailures(many, at(9 + 15 * 60), policy)).toBe(0);
    expect(recordFailure(many, at(9 + 15 * 60), policy)).toEqual({ failures: 1, windowStart: at(9 + 15 * 60), lockedUntil: null });
  });

  it("asks the captcha of an account from its threshold on, whatever the delays", () => {
    const captchaPolicy = { threshold: 5, windowMinutes: 15 };
    expect(needsCaptcha(failures(4), at(10), captchaPolicy)).toBe(false);
    expect(needsCaptcha(failures(5), at(10), captchaPolicy)).toBe(true);
    expect(needsCaptcha(failures(5), at(4 + 15 * 60), captchaPolicy)).toBe(false);
    expect(needsCaptcha(null, at(0), captchaPolicy)).toBe(false);
  });

  it("is not delayed without a state", () => {
    expect(isDelayed(null, at(0))).toBe(false);
    expect(secondsToWait(undefined, at(0))).toBe(0);
  });
});
