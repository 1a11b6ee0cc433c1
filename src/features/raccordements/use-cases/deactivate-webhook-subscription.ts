import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { requireGestionnaire } from "@/features/structures/index.ts";
import { auditRaccordement } from "../data/audit.ts";

/** "Désactiver" a webhook subscription: no event is sent to it any more (its past deliveries stay listed). */
export async function deactivateWebhookSubscription({ userId, structureId, subscriptionId }: { userId: string; structureId: string; subscriptionId: string }) {
  await db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    const subscription = await tx.webhookSubscription.findFirst({ where: { id: subscriptionId, structureId }, select: { id: true, url: true, active: true } });
    if (!subscription) throw notFound("Abonnement introuvable.");
    if (!subscription.active) return;
    await tx.webhookSubscription.update({ where: { id: subscription.id }, data: { active: false } });
    await auditRaccordement(tx, userId, "WEBHOOK_DEACTIVATED", { type: "WebhookSubscription", id: subscription.id, structureId, detail: { url: subscription.url } });
  });
}
