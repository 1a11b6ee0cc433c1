import { db } from "@/server/db.ts";
import { subscriptionsOf, type NotificationSubscriptions } from "../rules/notification-subscriptions.ts";

/** Mon compte > Abonnements: the session's user's choice for each topic (never another user's: the id is the session's). */
export async function getNotificationSubscriptions({ userId }: { userId: string }): Promise<NotificationSubscriptions> {
  const rows = await db.notificationPreference.findMany({ where: { userId }, select: { topic: true, delivery: true } });
  return subscriptionsOf(rows);
}
