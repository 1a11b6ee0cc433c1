// The daily digest (Mon compte > Abonnements, "Une synthèse quotidienne"): at 18:00 Paris time a job (jobs.ts) queues
// to each user one e-mail listing the notifications kept for them since the last one, and marks them digested in the
// same transaction. A user's digest is written under a transaction-scoped advisory lock taken with "try": a second
// run at the same time skips that user, and a later run finds nothing left, so no notification is ever sent twice.
import type { NotificationTopic } from "@/generated/prisma/enums.ts";
import { db, type Tx } from "../db.ts";
import { enqueueJob } from "../jobs/queue.ts";
import { absoluteUrl } from "../urls.ts";
import { NOTIFICATION_DIGEST_QUEUE, nextDigestAfter } from "./digest-schedule.ts";
import { enqueueEmail } from "./outbox.ts";
import { renderEmail, type EmailContent } from "./render-email.ts";

/** A digest lists at most this many notifications (the fil d'événements has them all). */
export const DIGEST_MAX_ITEMS = 200;

const TOPIC_TITLES: Record<NotificationTopic, string> = {
  STATUT_FACTURE: "Statuts de factures",
  SOLLICITATION: "Sollicitations",
  RATTACHEMENT: "Demandes de rattachement",
};
const TOPIC_ORDER: NotificationTopic[] = ["STATUT_FACTURE", "SOLLICITATION", "RATTACHEMENT"];

export type DigestItem = { topic: NotificationTopic; subject: string; url: string | null };

/** The digest e-mail: the notifications grouped by topic, oldest first, and where to change the subscription. */
export function renderDigestEmail(items: DigestItem[]): EmailContent {
  const shown = items.slice(0, DIGEST_MAX_ITEMS);
  const more = items.length - shown.length;
  return renderEmail({
    subject: "Synthèse quotidienne de vos notifications",
    paragraphs: [
      items.length === 1 ? "Voici la notification de ces dernières 24 heures :" : `Voici les ${items.length} notifications de ces dernières 24 heures :`,
    ],
    sections: TOPIC_ORDER.map((topic) => ({
      title: TOPIC_TITLES[topic],
      items: shown.filter((item) => item.topic === topic).map((item) => ({ label: item.subject, url: item.url ?? undefined })),
    }))
      .filter((section) => section.items.length > 0)
      .concat(more > 0 ? [{ title: `Et ${more} autre${more > 1 ? "s" : ""} notification${more > 1 ? "s" : ""}, à retrouver dans votre fil d'événements.`, items: [] }] : []),
    link: { label: "Modifier mes abonnements", url: absoluteUrl("/mon-compte/abonnements") },
  });
}

/** Queues the digest of one user, unless another run holds it; true when an e-mail was queued. */
async function sendDigestOf(userId: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx: Tx) => {
    const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`
      SELECT pg_try_advisory_xact_lock(hashtextextended(${`notification-digest:${userId}`}, 0)) AS locked`;
    if (!locked) return false;
    const items = await tx.notificationDigestItem.findMany({
      where: { userId, digestedAt: null, createdAt: { lte: now } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, to: true, topic: true, subject: true, url: true },
    });
    if (items.length === 0) return false;
    // The address of the latest notification: the user's contact address as it is now.
    await enqueueEmail(tx, items[items.length - 1].to, renderDigestEmail(items));
    await tx.notificationDigestItem.updateMany({ where: { id: { in: items.map((item) => item.id) } }, data: { digestedAt: now } });
    return true;
  });
}

const NO_USER = "00000000-0000-0000-0000-000000000000";

/** Queues every user's digest of the notifications kept until `now`; returns how many e-mails were queued. */
export async function sendNotificationDigests({ now = new Date(), batchSize = 100 }: { now?: Date; batchSize?: number } = {}): Promise<number> {
  let sent = 0;
  let after = NO_USER;
  for (;;) {
    const users = await db.$queryRaw<{ userId: string }[]>`
      SELECT DISTINCT user_id AS "userId" FROM notification_digest_items
      WHERE digested_at IS NULL AND created_at <= ${now} AND user_id > ${after}::uuid
      ORDER BY user_id LIMIT ${batchSize}`;
    if (users.length === 0) return sent;
    for (const { userId } of users) if (await sendDigestOf(userId, now)) sent++;
    after = users[users.length - 1].userId;
  }
}

/** Digested notifications are kept a month (the e-mail says what they were), then removed by the daily job. */
const KEEP_DIGESTED_MS = 31 * 24 * 60 * 60 * 1000;

export async function removeOldDigestItems(now: Date): Promise<number> {
  const { count } = await db.notificationDigestItem.deleteMany({ where: { digestedAt: { lt: new Date(now.getTime() - KEEP_DIGESTED_MS) } } });
  return count;
}

/** Schedules the first digest after `at`; a second call for the same day does nothing. */
export async function scheduleNotificationDigest({ at = new Date() }: { at?: Date } = {}): Promise<void> {
  const { runAt, singletonKey } = nextDigestAfter(at);
  await db.$transaction((tx) => enqueueJob(tx, NOTIFICATION_DIGEST_QUEUE, {}, { runAt, singletonKey }));
}
