// "Fil d'événements" of Accueil connecté: a user's events, per day and per espace, newest day first. Pure: no I/O.
import type { Espace } from "@/generated/prisma/enums.ts";
import { ESPACE_LABELS, PORTAL_TABS } from "@/features/structures/ui.ts";

export const EVENT_FEED_DAYS = 30;

export type FeedEvent = { espace: Espace; createdAt: Date };
export type FeedDay = { day: string; espaces: { espace: Espace; label: string; href?: string }[] };

const dayFormat = new Intl.DateTimeFormat("fr-FR", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Europe/Paris" });
const ESPACE_ORDER = Object.keys(ESPACE_LABELS) as Espace[];

export const feedSince = (now: Date) => new Date(now.getTime() - EVENT_FEED_DAYS * 24 * 60 * 60 * 1000);

/** Where a line of the feed leads: the espace's tab, when the portal has one. */
export const espaceHref = (espace: Espace) => PORTAL_TABS.find((tab) => tab.espace === espace)?.href;

/** Days as the portal shows them ("07/02/2020", French time), newest first; each espace once per day, in the order of ESPACE_LABELS. */
export function groupEventFeed(events: FeedEvent[]): FeedDay[] {
  const sorted = [...events].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const days = new Map<string, Set<Espace>>();
  for (const event of sorted) {
    const day = dayFormat.format(event.createdAt);
    if (!days.has(day)) days.set(day, new Set());
    days.get(day)!.add(event.espace);
  }
  return [...days].map(([day, espaces]) => ({
    day,
    espaces: ESPACE_ORDER.filter((espace) => espaces.has(espace)).map((espace) => ({ espace, label: ESPACE_LABELS[espace], href: espaceHref(espace) })),
  }));
}
