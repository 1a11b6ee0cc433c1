// Rate limits of the public forms, kept in PostgreSQL (the login_throttles table, one row per key: `failures`
// counts the requests of the window that began at `window_start`), so that every instance and a restart see the
// same counts. One atomic statement per key: concurrent requests are all counted.
import { db } from "./db.ts";
import { AppError } from "./errors.ts";
import { addressKey } from "./http/client-ip.ts";
import { logger } from "./logger.ts";

export type RateLimit = { limit: number; windowMinutes: number };

/**
 * RATE_LIMIT_PER_IP_FACTOR (default 1) multiplies the per-address limits: an office behind one address, or the
 * end-to-end tests, which all come from 127.0.0.1.
 */
function perIp(limit: number, windowMinutes: number): RateLimit {
  const factor = Number(process.env.RATE_LIMIT_PER_IP_FACTOR ?? 1);
  return { limit: limit * (Number.isInteger(factor) && factor > 0 ? factor : 1), windowMinutes };
}

/** What a public form may receive per address and per account (or e-mail address), per window. */
export const RATE_LIMITS = {
  get signupPerIp() { return perIp(10, 60); },
  signupPerEmail: { limit: 3, windowMinutes: 60 },
  get activationPerIp() { return perIp(20, 15); },
  activationPerAccount: { limit: 5, windowMinutes: 15 },
  get emailRequestPerIp() { return perIp(10, 15); },
  emailRequestPerEmail: { limit: 5, windowMinutes: 15 },
  get resetPerIp() { return perIp(20, 15); },
  resetPerAccount: { limit: 5, windowMinutes: 15 },
  get captchaPerIp() { return perIp(60, 10); },
} satisfies Record<string, RateLimit>;

export const RATE_LIMITED_MESSAGE = (minutes: number) =>
  `Trop de demandes en peu de temps : réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}.`;

/**
 * Counts one request under `key` and says whether it is within the limit. The count starts again once the
 * window is over.
 */
export async function hitRateLimit(key: string, { limit, windowMinutes }: RateLimit, now = new Date()): Promise<{ allowed: boolean; count: number }> {
  const windowStart = new Date(now.getTime() - windowMinutes * 60_000);
  const [row] = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO login_throttles (key, failures, window_start) VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN login_throttles.window_start <= ${windowStart} THEN 1 ELSE login_throttles.failures + 1 END,
      window_start = CASE WHEN login_throttles.window_start <= ${windowStart} THEN ${now} ELSE login_throttles.window_start END
    RETURNING failures`;
  // Now and then, rows nobody has used for a day go (login throttles included: a day is longer than any window).
  if (Math.random() < 0.01) {
    await db.$executeRaw`DELETE FROM login_throttles WHERE window_start < ${new Date(now.getTime() - 86_400_000)}
      AND (locked_until IS NULL OR locked_until < ${now})`;
  }
  return { allowed: row.failures <= limit, count: row.failures };
}

/** The checks of one form: per address (when known) and per account or e-mail address (when given). */
export function formLimits(
  form: string,
  perIp: { ip: string | null; limit: RateLimit },
  perAccount?: { account: string | null | undefined; limit: RateLimit },
): { key: string; limit: RateLimit }[] {
  return [
    ...(perIp.ip ? [{ key: `${form}:ip:${addressKey(perIp.ip)}`, limit: perIp.limit }] : []),
    ...(perAccount?.account ? [{ key: `${form}:account:${perAccount.account}`, limit: perAccount.limit }] : []),
  ];
}

/**
 * Counts the request under every key and throws RATE_LIMITED (a French message, no hint whether the account
 * exists) when one is over its limit. Logged with the form and the key's kind, never the password.
 */
export async function enforceRateLimits(
  form: string,
  checks: { key: string; limit: RateLimit }[],
  now = new Date(),
): Promise<void> {
  let over: RateLimit | null = null;
  for (const check of checks) {
    const { allowed } = await hitRateLimit(check.key, check.limit, now);
    if (!allowed) over = over && over.windowMinutes >= check.limit.windowMinutes ? over : check.limit;
  }
  if (over) {
    logger.warn({ form, keys: checks.map((c) => c.key.split(":").slice(0, 2).join(":")) }, "limite de demandes atteinte");
    throw new AppError("RATE_LIMITED", RATE_LIMITED_MESSAGE(over.windowMinutes));
  }
}
