// The rows of login_throttles that count failed logins (the rules are in rules/login-throttle.ts): their keys, and
// their clearing when the owner proves who they are by another way.
import type { Tx } from "@/server/db.ts";
import { addressKey } from "@/server/http/client-ip.ts";

/** The account, the account from this address, the address. */
export function loginThrottleKeys(email: string, ip: string | null) {
  const address = ip ? addressKey(ip) : null;
  return {
    account: `account:${email}`,
    accountAndIp: address ? `account-ip:${email}|${address}` : null,
    ip: address ? `ip:${address}` : null,
  };
}

/** Lifts the account's slow-downs and captcha, from every address (the address's own count stays). */
export async function clearAccountLoginFailures(tx: Tx, email: string): Promise<void> {
  await tx.loginThrottle.deleteMany({ where: { OR: [{ key: `account:${email}` }, { key: { startsWith: `account-ip:${email}|` } }] } });
}
