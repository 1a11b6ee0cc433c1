// E-mails a user may subscribe to (Mon compte > Abonnements): every e-mail about an invoice's status, a sollicitation
// or a rattachement request goes through here, so the user's choice is applied in one place. The fil d'événements
// keeps everything whatever the choice.
import type { Tx } from "../db.ts";
import { enqueueEmail } from "./outbox.ts";
import type { EmailContent } from "./render-email.ts";

/** What an e-mail is about, as Mon compte > Abonnements lists it. */
export type NotificationTopic = "STATUT_FACTURE" | "SOLLICITATION" | "RATTACHEMENT";

/** Queues `content` for `to` (the user's address), in the caller's transaction, as the user's subscription to `topic` says. */
export async function enqueueNotification(tx: Tx, notification: { userId: string; to: string; topic: NotificationTopic; content: EmailContent }) {
  await enqueueEmail(tx, notification.to, notification.content);
}
