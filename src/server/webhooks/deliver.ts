// The job of queue "webhook-delivery": sends one delivery, signed per the Standard Webhooks specification
// (webhook-id = the delivery's id, the same on every try, so the receiver can drop a duplicate; webhook-timestamp;
// webhook-signature, HMAC-SHA256 by the maintained `standardwebhooks` package). A 2xx answer delivers it; anything
// else records the try (status, start of the answer or the network error) and throws, so that the queue retries
// with its growing delay; the last try failing leaves it ECHEC. A destination the portal must not call, a
// subscription switched off or a secret that cannot be read fail it at once: retrying would not help.
// Idempotent: only a delivery still EN_ATTENTE is sent, and each try's outcome is written only on such a one.
import { Webhook } from "standardwebhooks";
import { z } from "zod";
import { open } from "../auth/secret-box.ts";
import { db } from "../db.ts";
import type { JobContext } from "../jobs/run-jobs.ts";
import { WEBHOOK_SECRET_PURPOSE } from "./events.ts";
import { ForbiddenDestinationError, postWebhook } from "./send.ts";
import { privateNetworksAllowed } from "./url-check.ts";

const deliveryJobSchema = z.object({ deliveryId: z.uuid() });

const USER_AGENT = "Portail-Facturation-Webhooks/1.0";

type Outcome = { delivered: boolean; statusCode: number | null; response: string; final: boolean };

async function record(deliveryId: string, outcome: Outcome, at: Date, countsAsAttempt = true) {
  await db.webhookDelivery.updateMany({
    where: { id: deliveryId, status: "EN_ATTENTE" },
    data: {
      ...(countsAsAttempt ? { attempts: { increment: 1 } } : {}),
      lastStatusCode: outcome.statusCode,
      lastResponse: outcome.response.slice(0, 1000),
      lastAttemptAt: at,
      ...(outcome.delivered ? { status: "LIVREE", deliveredAt: new Date() } : outcome.final ? { status: "ECHEC" } : {}),
    },
  });
}

/** Fails the delivery without sending it (nothing was tried: the attempts stay as they are). */
const giveUp = (deliveryId: string, reason: string) => record(deliveryId, { delivered: false, statusCode: null, response: reason, final: true }, new Date(), false);

export async function deliverWebhook(payload: unknown, job: Pick<JobContext, "attempt" | "maxAttempts">): Promise<void> {
  const { deliveryId } = deliveryJobSchema.parse(payload);
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { id: true, status: true, payload: true, subscription: { select: { url: true, secretBox: true, active: true } } },
  });
  if (!delivery || delivery.status !== "EN_ATTENTE") return;
  const { subscription } = delivery;
  if (!subscription.active) return giveUp(delivery.id, "Abonnement désactivé : l'événement n'a pas été envoyé.");
  const secret = open(WEBHOOK_SECRET_PURPOSE, subscription.secretBox);
  if (!secret) return giveUp(delivery.id, "Le secret de signature de l'abonnement est illisible : l'événement n'a pas été envoyé.");

  const body = JSON.stringify(delivery.payload);
  const at = new Date();
  const headers = {
    "content-type": "application/json",
    "user-agent": USER_AGENT,
    "webhook-id": delivery.id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(delivery.id, at, body),
  };
  const final = job.attempt >= job.maxAttempts;
  let outcome: Outcome;
  try {
    const answer = await postWebhook(subscription.url, body, headers, { allowPrivate: privateNetworksAllowed() });
    const delivered = answer.statusCode >= 200 && answer.statusCode < 300;
    outcome = { delivered, statusCode: answer.statusCode, response: answer.body, final };
  } catch (error) {
    if (error instanceof ForbiddenDestinationError) return giveUp(delivery.id, error.message);
    outcome = { delivered: false, statusCode: null, response: `Erreur réseau : ${(error as Error).message}`, final };
  }
  await record(delivery.id, outcome, at);
  if (!outcome.delivered) throw new Error(`Webhook ${delivery.id} non livré : ${outcome.statusCode ? `HTTP ${outcome.statusCode}` : outcome.response}`);
}
