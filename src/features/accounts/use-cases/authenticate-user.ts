import { config } from "@/server/config.ts";
import { db } from "@/server/db.ts";
import { decoyPasswordHash, verifySecret } from "@/server/auth/passwords.ts";
import { isLocked, recordFailure, type ThrottlePolicy, type ThrottleState } from "../login-throttle.ts";

export type AuthenticationResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "INVALID" | "LOCKED" };

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

function throttleKeys(email: string, ip: string | null) {
  const keys: { key: string; policy: ThrottlePolicy }[] = [
    { key: `account:${email}`, policy: { maxFailures: config.login.maxFailuresPerAccount, lockMinutes: config.login.lockMinutes } },
  ];
  if (ip) keys.push({ key: `ip:${ip}`, policy: { maxFailures: config.login.maxFailuresPerIp, lockMinutes: config.login.lockMinutes } });
  return keys;
}

/**
 * Checks a login. The answer never says whether the address exists: an unknown address, a wrong
 * password and an account that is not active all give INVALID, and count towards the lock, which
 * applies to any address, known or not.
 */
export async function authenticateUser(input: { email: string; password: string; ip: string | null; now?: Date }): Promise<AuthenticationResult> {
  const now = input.now ?? new Date();
  const email = normaliseEmail(input.email);
  const keys = throttleKeys(email, input.ip);

  const throttles = await db.loginThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  if (throttles.some((state) => isLocked(state, now))) return { ok: false, reason: "LOCKED" };

  const user = await db.user.findUnique({ where: { loginEmail: email } });
  const passwordMatches = await verifySecret(user?.passwordHash ?? (await decoyPasswordHash()), input.password);

  if (user && user.passwordHash && passwordMatches && user.status === "ACTIF") {
    await db.$transaction([
      db.loginThrottle.deleteMany({ where: { key: keys[0].key } }),
      db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } }),
    ]);
    return { ok: true, user: { id: user.id, email: user.loginEmail, name: `${user.prenom} ${user.nom}` } };
  }

  const locked = await db.$transaction(async (tx) => {
    let lockedNow = false;
    for (const { key, policy } of keys) {
      await tx.$executeRaw`INSERT INTO login_throttles (key) VALUES (${key}) ON CONFLICT (key) DO NOTHING`;
      // The row lock serialises concurrent failures on the same key, so none is lost.
      const [current] = await tx.$queryRaw<{ failures: number; window_start: Date; locked_until: Date | null }[]>`
        SELECT failures, window_start, locked_until FROM login_throttles WHERE key = ${key} FOR UPDATE`;
      const state: ThrottleState = { failures: current.failures, windowStart: current.window_start, lockedUntil: current.locked_until };
      const next = recordFailure(state, now, policy);
      await tx.loginThrottle.update({ where: { key }, data: next });
      lockedNow ||= isLocked(next, now);
    }
    return lockedNow;
  });
  return { ok: false, reason: locked ? "LOCKED" : "INVALID" };
}
