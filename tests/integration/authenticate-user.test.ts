import { describe, expect, it } from "vitest";
import { authenticateUser } from "@/features/accounts/use-cases/authenticate-user.ts";
import { db } from "@/server/db.ts";
import { createPrismaClient } from "@/server/prisma-client.ts";
import { createUser, PASSWORD } from "./factories.ts";

const MINUTE = 60_000;

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
    expect(answers).toEqual([
      { ok: false, reason: "INVALID" },
      { ok: false, reason: "INVALID" },
      { ok: false, reason: "INVALID" },
    ]);
  });

  it("locks an account after five failures, even with the right password, for fifteen minutes", async () => {
    const user = await createUser();
    const now = new Date();
    for (let i = 1; i <= 4; i++) {
      expect(await authenticateUser({ email: user.loginEmail, password: `faux-${i}`, ip: `10.1.0.${i}`, now })).toEqual({ ok: false, reason: "INVALID" });
    }
    expect(await authenticateUser({ email: user.loginEmail, password: "faux-5", ip: "10.1.0.5", now })).toEqual({ ok: false, reason: "LOCKED" });
    expect(await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: "10.1.0.6", now })).toEqual({ ok: false, reason: "LOCKED" });

    const later = new Date(now.getTime() + 15 * MINUTE + 1000);
    expect((await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: "10.1.0.7", now: later })).ok).toBe(true);
  });

  it("locks an unknown address the same way, so that the lock tells nothing", async () => {
    const now = new Date();
    let last;
    for (let i = 1; i <= 5; i++) last = await authenticateUser({ email: "inconnu@exemple.fr", password: "x", ip: `10.2.0.${i}`, now });
    expect(last).toEqual({ ok: false, reason: "LOCKED" });
  });

  it("locks an IP address that fails on many accounts", async () => {
    const victim = await createUser();
    const now = new Date();
    for (let i = 1; i <= 20; i++) await authenticateUser({ email: `cible-${i}@exemple.fr`, password: "x", ip: "192.0.2.66", now });
    expect(await authenticateUser({ email: victim.loginEmail, password: PASSWORD, ip: "192.0.2.66", now })).toEqual({ ok: false, reason: "LOCKED" });
    expect((await authenticateUser({ email: victim.loginEmail, password: PASSWORD, ip: "192.0.2.67", now })).ok).toBe(true);
  });

  it("keeps the lock in the database: a restarted server (a new client) still refuses", async () => {
    const user = await createUser();
    const now = new Date();
    for (let i = 1; i <= 5; i++) await authenticateUser({ email: user.loginEmail, password: "x", ip: null, now });
    const restarted = createPrismaClient(process.env.DATABASE_URL!, 1);
    const row = await restarted.loginThrottle.findUniqueOrThrow({ where: { key: `account:${user.loginEmail}` } });
    await restarted.$disconnect();
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(now.getTime());
  });

  it("counts concurrent failures without losing any", async () => {
    const user = await createUser();
    const now = new Date();
    await Promise.all(Array.from({ length: 4 }, (_, i) => authenticateUser({ email: user.loginEmail, password: `x${i}`, ip: null, now })));
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: `account:${user.loginEmail}` } });
    expect(row.failures).toBe(4);
  });

  it("clears the account's failures after a successful login", async () => {
    const user = await createUser();
    for (let i = 1; i <= 3; i++) await authenticateUser({ email: user.loginEmail, password: "x", ip: null });
    expect((await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: null })).ok).toBe(true);
    expect(await db.loginThrottle.findUnique({ where: { key: `account:${user.loginEmail}` } })).toBeNull();
  });
});
