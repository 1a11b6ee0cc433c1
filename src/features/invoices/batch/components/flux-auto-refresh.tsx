"use client";
import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";

/**
 * While a flux is processed, its page reloads its data every second (the server component re-reads the counts).
 * The next reload is planned once the previous one is done: on a busy server a reload may take longer than the
 * interval, and a new one would cancel it before it ever shows.
 */
export function FluxAutoRefresh({ intervalMs = 1000 }: { intervalMs?: number }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  useEffect(() => {
    if (refreshing) return;
    const timer = setTimeout(() => startTransition(() => router.refresh()), intervalMs);
    return () => clearTimeout(timer);
  }, [refreshing, router, intervalMs]);
  return null;
}
