// E-mails go through an outbox table: written in the transaction of the change that causes them, sent
// afterwards by dispatchOutbox() (a worker started in instrumentation.ts polls it). A crash between the two
// loses nothing; a message is locked while it is sent, so two workers never send it twice.
import nodemailer, { type Transporter } from "nodemailer";
import type { Tx } from "../db.ts";
import { db } from "../db.ts";
import { logger } from "../logger.ts";
import type { EmailContent } from "./render-email.ts";

const MAX_ATTEMPTS = 8;

export async function enqueueEmail(tx: Tx, to: string, content: EmailContent) {
  await tx.outboxMessage.create({ data: { to, subject: content.subject, text: content.text, html: content.html } });
}

let transporter: Transporter | undefined;
function mailTransport(): Transporter {
  const url = process.env.SMTP_URL;
  if (!url) throw new Error("SMTP_URL manque : aucun serveur de courriel n'est configuré.");
  transporter ??= nodemailer.createTransport(url);
  return transporter;
}

const mailFrom = () => process.env.MAIL_FROM ?? "Portail de facturation <ne-pas-repondre@portail-facturation.local>";

/** Sends what is due; returns how many were sent. Failures are retried later with a growing delay. */
export async function dispatchOutbox(limit = 20): Promise<number> {
  let sent = 0;
  for (let i = 0; i < limit; i++) {
    const done = await db.$transaction(async (tx) => {
      const [message] = await tx.$queryRaw<{ id: string; to: string; subject: string; text: string; html: string | null; attempts: number }[]>`
        SELECT id, "to", subject, text, html, attempts FROM outbox_messages
        WHERE status = 'PENDING' AND available_at <= now()
        ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED`;
      if (!message) return null;
      try {
        await mailTransport().sendMail({ from: mailFrom(), to: message.to, subject: message.subject, text: message.text, html: message.html ?? undefined });
        await tx.outboxMessage.update({ where: { id: message.id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 } } });
        return true;
      } catch (error) {
        const attempts = message.attempts + 1;
        logger.warn({ outboxId: message.id, attempts, err: (error as Error).message }, "envoi de courriel en échec");
        await tx.outboxMessage.update({
          where: { id: message.id },
          data: {
            attempts,
            lastError: (error as Error).message.slice(0, 500),
            status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
            availableAt: new Date(Date.now() + 2 ** attempts * 1000),
          },
        });
        return false;
      }
    });
    if (done === null) break;
    if (done) sent++;
  }
  return sent;
}

let started = false;
/** Polls the outbox every second in this process (started once, from instrumentation.ts). */
export function startOutboxWorker(intervalMs = 1000) {
  if (started) return;
  started = true;
  let running = false;
  setInterval(() => {
    if (running) return;
    running = true;
    dispatchOutbox()
      .catch((error) => logger.error({ err: error }, "boîte d'envoi"))
      .finally(() => {
        running = false;
      });
  }, intervalMs).unref();
}
