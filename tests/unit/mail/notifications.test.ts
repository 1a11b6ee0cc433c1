// The one door of subscribable e-mails: the user's choice for the topic sends the e-mail at once, keeps it for the
// daily digest, or drops it. A fake transaction records what would be written.
import { describe, expect, it } from "vitest";
import type { NotificationDelivery } from "@/generated/prisma/enums.ts";
import type { Tx } from "@/server/db.ts";
import { enqueueNotification } from "@/server/mail/notifications.ts";
import { renderEmail } from "@/server/mail/render-email.ts";

function fakeTx(delivery: NotificationDelivery | null) {
  const written = { outbox: [] as unknown[], digest: [] as Record<string, unknown>[], asked: [] as unknown[] };
  const tx = {
    notificationPreference: {
      findUnique: async (query: unknown) => {
        written.asked.push(query);
        return delivery ? { delivery } : null;
      },
    },
    outboxMessage: { create: async ({ data }: { data: unknown }) => written.outbox.push(data) },
    notificationDigestItem: { create: async ({ data }: { data: Record<string, unknown> }) => written.digest.push(data) },
  } as unknown as Tx;
  return { tx, written };
}

const content = renderEmail({ subject: "Facture n° F-1 : Rejetée", paragraphs: ["La facture est rejetée."], link: { label: "Consulter la facture", url: "https://portail.test/factures-emises/1" } });
const notification = { userId: "user-1", to: "camille@exemple.fr", topic: "STATUT_FACTURE" as const, content };

describe("enqueueNotification", () => {
  it("reads the user's choice for that topic", async () => {
    const { tx, written } = fakeTx(null);
    await enqueueNotification(tx, notification);
    expect(written.asked).toEqual([{ where: { userId_topic: { userId: "user-1", topic: "STATUT_FACTURE" } }, select: { delivery: true } }]);
  });

  it("sends at once when the user never chose (the default) and when they chose Immédiatement", async () => {
    for (const delivery of [null, "IMMEDIATEMENT" as const]) {
      const { tx, written } = fakeTx(delivery);
      await enqueueNotification(tx, notification);
      expect(written.outbox).toEqual([{ to: "camille@exemple.fr", subject: content.subject, text: content.text, html: content.html }]);
      expect(written.digest).toEqual([]);
    }
  });

  it("keeps the subject (without the service's name) and the link for the daily digest, and sends nothing now", async () => {
    const { tx, written } = fakeTx("SYNTHESE_QUOTIDIENNE");
    await enqueueNotification(tx, notification);
    expect(written.outbox).toEqual([]);
    expect(written.digest).toEqual([
      { userId: "user-1", to: "camille@exemple.fr", topic: "STATUT_FACTURE", subject: "Facture n° F-1 : Rejetée", url: "https://portail.test/factures-emises/1", createdAt: expect.any(Date) },
    ]);
  });

  it("writes nothing for Aucun courriel", async () => {
    const { tx, written } = fakeTx("AUCUN");
    await enqueueNotification(tx, notification);
    expect(written.outbox).toEqual([]);
    expect(written.digest).toEqual([]);
  });
});
