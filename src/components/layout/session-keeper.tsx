"use client";
import type { Session } from "next-auth";
import { getSession, SessionProvider } from "next-auth/react";
import { useEffect, type ReactNode } from "react";

/** How often a page load renews the session cookie (next-auth's updateAge, src/server/auth/options.ts). */
const RENEW_EVERY_MS = 5 * 60 * 1000;
const LAST_RENEWAL_KEY = "portail.session-renouvelee";

/** Whether this browser last renewed the session more than RENEW_EVERY_MS ago (or never, or storage is unavailable). */
function renewalDue(): boolean {
  try {
    const last = Number(window.localStorage.getItem(LAST_RENEWAL_KEY) ?? 0);
    if (Date.now() - last < RENEW_EVERY_MS) return false;
    window.localStorage.setItem(LAST_RENEWAL_KEY, String(Date.now()));
  } catch {
    // No storage (a locked-down browser): renew at each page load, as before.
  }
  return true;
}

/**
 * Refreshes the session while the user works (on focus and every 5 minutes): it expires only after
 * SESSION_MAX_AGE_MINUTES without activity. The page gives the session it has just checked, so that loading a page does
 * not ask /api/auth/session again (next-auth's provider does without one: a second request, with its own session read,
 * per page view — decision 0025); the cookie is still renewed at a page load when this browser last did so 5 minutes
 * ago or more (the search forms are GET forms: each search is a full page load, which restarts the 5-minute timer).
 */
export function SessionKeeper({ session, children }: { session: Session; children: ReactNode }) {
  useEffect(() => {
    if (renewalDue()) void getSession({ broadcast: false });
  }, []);
  return (
    <SessionProvider session={session} refetchInterval={5 * 60} refetchOnWindowFocus>
      {children}
    </SessionProvider>
  );
}
