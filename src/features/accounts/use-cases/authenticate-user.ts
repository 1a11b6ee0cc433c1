import { config } from "@/server/config.ts";
import { db } from "@/server/db.ts";
import { decoyPasswordHash, verifySecret } from "@/server/auth/passwords.ts";
import { consumeCaptcha } from "../data/captcha.ts";
import { loginThrottleKeys } from "../data/login-throttles.ts";
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH, normaliseEmail } from "../rules/login-email.ts";
import { activeFailures, needsCaptcha, recordFailure, secondsToWait, type ThrottlePolicy, type ThrottleState } from "../rules/login-throttle.ts";

export type AuthenticationResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  /** `captchaNext`: the account's next login will need the captcha. */
  | { ok: false; reason: "INVALID"; captchaNext: boolean }
  /** This address tried too often: refused before any password check. */
  | { ok: false; reason: "DELAYED"; retryAfterSeconds: number }
  /** The account was attacked: its logins need a solved captcha (missing, or refused). */
  | { ok: false; reason: "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" };

function policies() {
  const windowMinutes = config.login.windowMinutes;
  return {
    account: { threshold: config.login.captchaAfterFailures, windowMinutes },
    accountAndIp: { freeFailures: config.login.freeFailuresPerAccountAndIp, windowMinutes } satisfies ThrottlePolicy,
    ip: { freeFailures: config.login.freeFailuresPerIp, windowMinutes } satisfies ThrottlePolicy,
  };
}

export type AuthenticateUserOptions = {
  email: string;
  password: string;
  ip: string | null;
  /** The ALTCHA widget's payload, when the form showed it. */
  captcha?: string | null;
  now?: Date;
};

type Row = { failures: number; window_start: Date; locked_until: Date | null };
const toState = (row: Row): ThrottleState => ({ failures: row.failures, windowStart: row.window_start, lockedUntil: row.locked_until });

/**
 * Checks a login. The answer never says whether the address exists: an unknown address, a wrong password and
 * an account that is not active all give INVALID and count alike. Cheap checks come before the password hash:
 * input lengths, a delay in force for this address, the captcha an attacked account requires.
 */
export async function authenticateUser(input: AuthenticateUserOptions): Promise<AuthenticationResult> {
  const now = input.now ?? new Date();
  const email = normaliseEmail(input.email);
  if (email.length === 0 || email.length > MAX_EMAIL_LENGTH || input.password.length > MAX_PASSWORD_LENGTH) {
    return { ok: false, reason: "INVALID", captchaNext: false };
  }
  const keys = loginThrottleKeys(email, input.ip);
  const policy = policies();

  const rows = await db.loginThrottle.findMany({ where: { key: { in: [keys.account, keys.accountAndIp, keys.ip].filter((k) => k !== null) } } });
  const state = (key: string | null) => rows.find((row) => row.key === key) ?? null;
  const wait = Math.max(secondsToWait(state(keys.accountAndIp), now), secondsToWait(state(keys.ip), now));
  if (wait > 0) return { ok: false, reason: "DELAYED", retryAfterSeconds: wait };

  if (needsCaptcha(state(keys.account), now, policy.account)) {
    if (!input.captcha) return { ok: false, reason: "CAPTCHA_REQUIRED" };
    const accepted = await db
      .$transaction((tx) => consumeCaptcha(tx, input.captcha!, now))
      .then(() => true)
      .catch(() => false);
    if (!accepted) return { ok: false, reason: "CAPTCHA_INVALID" };
  }

  const user = await db.user.findUnique({ where: { loginEmail: email } });
  const passwordMatches = await verifySecret(user?.passwordHash ?? (await decoyPasswordHash()), input.password);

  // A technical account (Raccordements EDI et API) has no password and never signs in, whatever is stored.
  if (user && user.kind === "PERSONNE" && user.passwordHash && passwordMatches && user.status === "ACTIF") {
    // The owner's own address is free again; the account's count stays: an attacker elsewhere still needs the captcha.
    await db.$transaction([
      ...(keys.accountAndIp ? [db.loginThrottle.deleteMany({ where: { key: keys.accountAndIp } })] : []),
      db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } }),
    ]);
    return { ok: true, user: { id: user.id, email: user.loginEmail, name: `${user.prenom} ${user.nom}` } };
  }

  const accountFailures = await db.$transaction(async (tx) => {
    let failures = 0;
    for (const [name, key] of Object.entries(keys) as [keyof typeof keys, string | null][]) {
      if (!key) continue;
      await tx.$executeRaw`INSERT INTO login_throttles (key) VALUES (${key}) ON CONFLICT (key) DO NOTHING`;
      // The row lock serialises concurrent failures on the same key, so none is lost.
      const [current] = await tx.$queryRaw<Row[]>`SELECT failures, window_start, locked_until FROM login_throttles WHERE key = ${key} FOR UPDATE`;
      const next =
        name === "account"
          ? { ...recordFailure(toState(current), now, { freeFailures: Number.MAX_SAFE_INTEGER, windowMinutes: policy.account.windowMinutes }), lockedUntil: null }
          : recordFailure(toState(current), now, policy[name]);
      await tx.loginThrottle.update({ where: { key }, data: next });
      if (name === "account") failures = activeFailures(next, now, policy.account);
    }
    return failures;
  });
  return { ok: false, reason: "INVALID", captchaNext: accountFailures >= policy.account.threshold };
}

