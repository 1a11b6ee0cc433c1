import { db } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { NOTIFICATION_TOPICS, subscriptionsRefusal } from "../rules/notification-subscriptions.ts";
import type { NotificationSubscriptionsInput } from "../schemas.ts";

/**
 * Mon compte > Abonnements, "Enregistrer": the user's own choice for every topic, applied to the next notification
 * (src/server/mail/notifications.ts). Notifications already kept for the digest still go out with it. As on the real
 * portal, a gestionnaire principal cannot turn off the invoice statuses.
 */
export async function updateNotificationSubscriptions({ userId, input }: { userId: string; input: NotificationSubscriptionsInput }): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, status: "ACTIF" }, select: { id: true } });
    if (!user) throw notFound("Compte introuvable.");
    const principalOf = await tx.rattachement.count({ where: { userId, role: "GESTIONNAIRE_PRINCIPAL", status: "ACTIF" } });
    const refusal = subscriptionsRefusal(input, principalOf > 0);
    if (refusal) throw new AppError("VALIDATION", refusal.message, refusal.field);
    for (const topic of NOTIFICATION_TOPICS) {
      await tx.notificationPreference.upsert({
        where: { userId_topic: { userId, topic } },
        create: { userId, topic, delivery: input[topic] },
        update: { delivery: input[topic] },
      });
    }
  });
}
