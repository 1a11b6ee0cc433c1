import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { describe, expect, it } from "vitest";
import { createCaptchaChallenge } from "@/features/accounts/data/captcha.ts";
import { loginThrottleKeys } from "@/features/accounts/data/login-throttles.ts";
import { authenticateUser } from "@/features/accounts/use-cases/authenticate-user.ts";
import { db } from "@/server/db.ts";
import { createPrismaClient } from "@/server/prisma-client.ts";
import { createUser, PASSWORD } from "../factories.ts";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

async function solvedCaptcha(): Promise<string> {
  const challenge = await createCaptchaChallenge();
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

describe("login", () => {
  it("accepts the right password, whatever the case of the address, and records the login", async () => {
    const user = await createUser();
    const result = await authenticateUser({ email: `  ${user.loginEmail.toUpperCase()} `, password: PASSWORD, ip: "10.0.0.1" });
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.loginEmail, name: "Camille Durand" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it("gives the same answer for a wrong password, an unknown address and an account not yet active", async () => {
    const user = await createUser();
    const inactive = await createUser({ status: "EN_COURS_D_ACTIVATION" });
    const answers = await Promise.all([
      authenticateUser({ email: user.loginEmail, password: "faux", ip: "10.0.0.2" }),
      authenticateUser({ email: "personne@exemple.fr", password: PASSWORD, ip: "10.0.0.3" }),
      authenticateUser({ email: inactive.loginEmail, password: PASSWORD, ip: "10.0.0.4" }),
    ]);
    expect(answers).toEqual(Array(3).fill({ ok: false, reason: "INVALID", captchaNext: false }));
  });

  it("refuses an oversized address or password before looking anything up", async () => {
    expect(await authenticateUser({ email: `${"a".repeat(300)}@exemple.fr`, password: "x", ip: "10.0.0.5" })).toEqual({ ok: false, reason: "INVALID", captchaNext: false });
    expect(await authenticateUser({ email: "a@exemple.fr", password: "x".repeat(10_000), ip: "10.0.0.5" })).toEqual({ ok: false, reason: "INVALID", captchaNext: false });
    expect(await db.loginThrottle.count({ where: { key: { contains: "10.0.0.5" } } })).toBe(0);
  });

  it("slows one address on one account with a growing delay, checked before the password, without touching the owner elsewhere", async () => {
    const user = await createUser();
    const now = new Date();
    for (let i = 1; i <= 3; i++) {
      expect(await authenticateUser({ email: user.loginEmail, password: `faux-${i}`, ip: "198.51.100.1", now })).toMatchObject({ reason: "INVALID" });
    }
    expect(await authenticateUser({ email: user.loginEmail, password: "faux-4", ip: "198.51.100.1", now })).toMatchObject({ reason: "INVALID" });
    // Even the right password waits: the delay is checked first, so a guess costs the attacker nothing but time.
    expect(await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: "198.51.100.1", now })).toEqual({ ok: false, reason: "DELAYED", retryAfterSeconds: 1 });
    // The owner, from their own address, is not slowed.
    expect((await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: "203.0.113.50", now })).ok).toBe(true);
    // Once the delay is over, the attacker's address may try again, and waits twice as long after its next failure.
    expect(await authenticateUser({ email: user.loginEmail, password: "faux-5", ip: "198.51.100.1", now: later(now, 1100) })).toMatchObject({ reason: "INVALID" });
    expect(await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: "198.51.100.1", now: later(now, 1200) })).toEqual({ ok: false, reason: "DELAYED", retryAfterSeconds: 2 });
  });

  it("never locks the owner out: failures from many addresses only make the account ask for the captcha, which the owner solves", async () => {
    const user = await createUser();
    const now = new Date();
    const answers = [];
    for (let i = 1; i <= 5; i++) answers.push(await authenticateUser({ email: user.loginEmail, password: `faux-${i}`, ip: `192.0.2.${i}`, now }));
    expect(answers.map((a) => !a.ok && a.reason === "INVALID" && a.captchaNext)).toEqual([false, false, false, false, true]);
    // Further attackers (and the owner) now need a solved captcha: refused before any password check.
    expect(await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: "192.0.2.99", now })).toEqual({ ok: false, reason: "CAPTCHA_REQUIRED" });
    expect(await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: "192.0.2.99", captcha: "forgé", now })).toEqual({ ok: false, reason: "CAPTCHA_INVALID" });
    // The owner, from their own address, gets in at once with the captcha solved.
    expect((await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: "203.0.113.60", captcha: await solvedCaptcha(), now })).ok).toBe(true);
    // A solution serves once.
    const solution = await solvedCaptcha();
    expect((await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: "203.0.113.60", captcha: solution, now })).ok).toBe(true);
    expect(await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: "203.0.113.60", captcha: solution, now })).toEqual({ ok: false, reason: "CAPTCHA_INVALID" });
    // A whole window without failures, and the captcha is no longer asked.
    expect((await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: "203.0.113.60", now: later(now, 15 * MINUTE + SECOND) })).ok).toBe(true);
  });

  it("treats an unknown address the same way, so that the captcha tells nothing", async () => {
    const now = new Date();
    let last;
    for (let i = 1; i <= 5; i++) last = await authenticateUser({ email: "inconnu@exemple.fr", password: "x", ip: `10.2.0.${i}`, now });
    expect(last).toEqual({ ok: false, reason: "INVALID", captchaNext: true });
    expect(await authenticateUser({ email: "inconnu@exemple.fr", password: "x", ip: "10.2.0.9", now })).toEqual({ ok: false, reason: "CAPTCHA_REQUIRED" });
  });

  it("slows an address that fails on many accounts, not the others", async () => {
    const victim = await createUser();
    const now = new Date();
    for (let i = 1; i <= 21; i++) await authenticateUser({ email: `cible-${i}@exemple.fr`, password: "x", ip: "192.0.2.66", now });
    expect(await authenticateUser({ email: victim.loginEmail, password: PASSWORD, ip: "192.0.2.66", now })).toMatchObject({ ok: false, reason: "DELAYED" });
    expect((await authenticateUser({ email: victim.loginEmail, password: PASSWORD, ip: "192.0.2.67", now })).ok).toBe(true);
  });

  it("counts the addresses of one IPv6 /64 as one, so that rotating them gains nothing", async () => {
    const user = await createUser();
    const now = new Date();
    for (let i = 1; i <= 4; i++) await authenticateUser({ email: user.loginEmail, password: "x", ip: `2001:db8:5:6::${i}`, now });
    expect(await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: "2001:db8:5:6:ffff::1", now })).toMatchObject({ reason: "DELAYED" });
  });

  it("keeps the counts in the database: a restarted server (a new client) still sees them", async () => {
    const user = await createUser();
    const now = new Date();
    for (let i = 1; i <= 4; i++) await authenticateUser({ email: user.loginEmail, password: "x", ip: "10.3.0.1", now });
    const restarted = createPrismaClient(process.env.DATABASE_URL!, 1);
    const keys = loginThrottleKeys(user.loginEmail, "10.3.0.1");
    const rows = await restarted.loginThrottle.findMany({ where: { key: { in: [keys.account, keys.accountAndIp!] } }, orderBy: { key: "asc" } });
    await restarted.$disconnect();
    expect(rows.map((row) => row.failures)).toEqual([4, 4]);
    expect(rows.find((row) => row.key === keys.accountAndIp)!.lockedUntil!.getTime()).toBeGreaterThan(now.getTime());
  });

  it("counts concurrent failures without losing any", async () => {
    const user = await createUser();
    const now = new Date();
    await Promise.all(Array.from({ length: 4 }, (_, i) => authenticateUser({ email: user.loginEmail, password: `x${i}`, ip: null, now })));
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: `account:${user.loginEmail}` } });
    expect(row.failures).toBe(4);
  });

  it("frees the owner's own address after a successful login", async () => {
    const user = await createUser();
    for (let i = 1; i <= 3; i++) await authenticateUser({ email: user.loginEmail, password: "x", ip: "10.4.0.1" });
    expect((await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: "10.4.0.1" })).ok).toBe(true);
    expect(await db.loginThrottle.findUnique({ where: { key: loginThrottleKeys(user.loginEmail, "10.4.0.1").accountAndIp! } })).toBeNull();
  });
});
