import { db } from "@/server/db.ts";
import { requireGestionnaire } from "@/features/structures/index.ts";

/** The structure's webhook subscriptions, newest first (never their secret), for one of its gestionnaires. */
export async function listWebhookSubscriptions({ userId, structureId }: { userId: string; structureId: string }) {
  await requireGestionnaire(db, userId, structureId);
  return db.webhookSubscription.findMany({
    where: { structureId },
    orderBy: { createdAt: "desc" },
    select: { id: true, url: true, events: true, active: true, createdAt: true },
  });
}
export type WebhookSubscriptionRow = Awaited<ReturnType<typeof listWebhookSubscriptions>>[number];
