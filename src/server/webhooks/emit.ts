// Emission: in the caller's transaction, one delivery per active subscription (of the structures concerned) to the
// event's type, each with its job — so an event exists exactly when the change committed, and a rolled-back change
// sends nothing. The jobs (deliver.ts) then send them, retried with a growing delay.
import { randomUUID } from "node:crypto";
import type { Tx } from "../db.ts";
import { enqueueJobs } from "../jobs/queue.ts";
import { WEBHOOK_DELIVERY_QUEUE, WEBHOOK_EVENT_NAMES, type WebhookEvent, type WebhookPayload } from "./events.ts";

/** Tries per delivery: the delays double from 5 s (src/server/jobs/retry-delay.ts), about 40 minutes in all — a receiver's restart or deployment. */
export const WEBHOOK_MAX_ATTEMPTS = 10;

/** Writes the deliveries of these events and enqueues their jobs; how many deliveries. */
export async function emitWebhookEvents(tx: Tx, events: WebhookEvent[], now = new Date()): Promise<number> {
  const structureIds = [...new Set(events.flatMap((event) => event.structureIds).filter((id): id is string => Boolean(id)))];
  if (structureIds.length === 0) return 0;
  const types = [...new Set(events.map((event) => event.type))];
  const subscriptions = await tx.webhookSubscription.findMany({
    where: { structureId: { in: structureIds }, active: true, events: { hasSome: types } },
    select: { id: true, structureId: true, events: true },
  });
  if (subscriptions.length === 0) return 0;

  const deliveries = events.flatMap((event) => {
    const concerned = new Set(event.structureIds);
    const payload: WebhookPayload = { type: WEBHOOK_EVENT_NAMES[event.type], timestamp: now.toISOString(), data: event.data };
    return subscriptions
      .filter((subscription) => concerned.has(subscription.structureId) && subscription.events.includes(event.type))
      .map((subscription) => ({ id: randomUUID(), subscriptionId: subscription.id, eventType: event.type, payload, createdAt: now }));
  });
  if (deliveries.length === 0) return 0;
  await tx.webhookDelivery.createMany({ data: deliveries });
  await enqueueJobs(
    tx,
    WEBHOOK_DELIVERY_QUEUE,
    deliveries.map((delivery) => ({ payload: { deliveryId: delivery.id }, singletonKey: `webhook:${delivery.id}`, maxAttempts: WEBHOOK_MAX_ATTEMPTS })),
  );
  return deliveries.length;
}

/** One event: see emitWebhookEvents. */
export function emitWebhookEvent(tx: Tx, event: WebhookEvent, now = new Date()): Promise<number> {
  return emitWebhookEvents(tx, [event], now);
}
