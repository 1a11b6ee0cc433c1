import { db } from "@/server/db.ts";
import { feedSince, groupEventFeed } from "../rules/event-feed.ts";

/** A bound on one feed's rows: far beyond a month of any user's activity, so the page stays fast whatever happens. */
const MAX_EVENTS = 5000;

/**
 * The signed-in user's fil d'événements over the last 30 days. Events of a structure they have left are no longer
 * theirs to see.
 */
export async function listEventFeed({ userId, now = new Date() }: { userId: string; now?: Date }) {
  const events = await db.event.findMany({
    where: {
      userId,
      createdAt: { gte: feedSince(now), lte: now },
      OR: [{ structureId: null }, { structure: { status: "ACTIF", rattachements: { some: { userId, status: "ACTIF" } } } }],
    },
    orderBy: { createdAt: "desc" },
    take: MAX_EVENTS,
    select: { espace: true, createdAt: true },
  });
  return groupEventFeed(events);
}
