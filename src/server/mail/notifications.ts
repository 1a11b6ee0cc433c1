// E-mails a user may subscribe to (Mon compte > Abonnements): every e-mail about an invoice's status, a sollicitation
// or a rattachement request goes through here, so the user's choice is applied in one place: sent at once (the
// default), kept for the day's digest (notification-digest.ts), or not e-mailed. The fil d'événements keeps
// everything whatever the choice (the callers record it with recordEvents).
import type { NotificationDelivery, NotificationTopic } from "@/generated/prisma/enums.ts";
import type { Tx } from "../db.ts";
import { enqueueEmail } from "./outbox.ts";
import type { EmailContent } from "./render-email.ts";

export type { NotificationDelivery, NotificationTopic };

/** What a user hears by e-mail of a topic they never chose for: every notification, at once. */
export const DEFAULT_NOTIFICATION_DELIVERY: NotificationDelivery = "IMMEDIATEMENT";

/** Queues `content` for `to` (the user's address), in the caller's transaction, as the user's subscription to `topic` says. */
export async function enqueueNotification(tx: Tx, notification: { userId: string; to: string; topic: NotificationTopic; content: EmailContent }) {
  const { userId, to, topic, content } = notification;
  const preference = await tx.notificationPreference.findUnique({ where: { userId_topic: { userId, topic } }, select: { delivery: true } });
  const delivery = preference?.delivery ?? DEFAULT_NOTIFICATION_DELIVERY;
  if (delivery === "IMMEDIATEMENT") {
    await enqueueEmail(tx, to, content);
  } else if (delivery === "SYNTHESE_QUOTIDIENNE") {
    await tx.notificationDigestItem.create({
      data: { userId, to, topic, subject: (content.headline ?? content.subject).slice(0, 500), url: content.link?.url, createdAt: new Date() },
    });
  }
}
