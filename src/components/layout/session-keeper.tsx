"use client";
import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";

// Refreshes the session while the user works (on focus and every 5 minutes): it expires only after
// SESSION_MAX_AGE_MINUTES without activity.
export function SessionKeeper({ children }: { children: ReactNode }) {
  return (
    <SessionProvider refetchInterval={5 * 60} refetchOnWindowFocus>
      {children}
    </SessionProvider>
  );
}
