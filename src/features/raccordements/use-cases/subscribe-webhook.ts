import { randomBytes } from "node:crypto";
import { seal } from "@/server/auth/secret-box.ts";
import { WEBHOOK_SECRET_PURPOSE } from "@/server/webhooks/events.ts";
import { checkWebhookUrl } from "@/server/webhooks/url-check.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { requireGestionnaire } from "@/features/structures/index.ts";
import { auditRaccordement } from "../data/audit.ts";
import type { WebhookSubscriptionInput } from "../schemas.ts";

/**
 * "+ Abonner une adresse": the structure's events of the kinds chosen will be sent to the URL, signed per the Standard
 * Webhooks specification with a secret ("whsec_" + base64 of 32 random bytes) answered once, here. The server must read
 * the secret back to sign, so it is sealed (AES-256-GCM), not hashed.
 */
export async function subscribeWebhook({ userId, structureId, input }: { userId: string; structureId: string; input: WebhookSubscriptionInput }) {
  // https and no private host, unless WEBHOOKS_ALLOW_PRIVATE_NETWORKS (tests, a developer's receiver); a name is checked
  // again on each delivery's connection, where it is resolved.
  const refusal = checkWebhookUrl(input.url);
  return db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    if (refusal) throw new AppError("VALIDATION", refusal, "url");
    const secret = `whsec_${randomBytes(32).toString("base64")}`;
    const events = [...new Set(input.events)];
    const subscription = await tx.webhookSubscription.create({
      data: { structureId, url: input.url, events, secretBox: seal(WEBHOOK_SECRET_PURPOSE, secret), createdById: userId },
      select: { id: true, url: true, events: true },
    });
    await auditRaccordement(tx, userId, "WEBHOOK_SUBSCRIBED", { type: "WebhookSubscription", id: subscription.id, structureId, detail: { url: subscription.url, events } });
    return { ...subscription, secret };
  });
}
