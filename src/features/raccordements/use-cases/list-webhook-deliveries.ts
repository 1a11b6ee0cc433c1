import { db } from "@/server/db.ts";
import { requireGestionnaire } from "@/features/structures/index.ts";

/**
 * The deliveries of the structure's subscriptions, newest first, one page (`number` from 1): event, date, status,
 * attempts, the last answer's HTTP status and start. For one of its gestionnaires; NOT_FOUND for anyone else.
 */
export async function listWebhookDeliveries({ userId, structureId, page }: { userId: string; structureId: string; page: { number: number; size: number } }) {
  await requireGestionnaire(db, userId, structureId);
  const where = { subscription: { structureId } };
  const [total, rows] = await Promise.all([
    db.webhookDelivery.count({ where }),
    db.webhookDelivery.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page.number - 1) * page.size,
      take: page.size,
      select: {
        id: true,
        eventType: true,
        status: true,
        attempts: true,
        lastStatusCode: true,
        lastResponse: true,
        lastAttemptAt: true,
        deliveredAt: true,
        createdAt: true,
        subscription: { select: { url: true } },
      },
    }),
  ]);
  return { total, rows };
}
export type WebhookDeliveryRow = Awaited<ReturnType<typeof listWebhookDeliveries>>["rows"][number];
