import { describe, expect, it } from "vitest";
import { nextDigestAfter } from "@/server/mail/digest-schedule.ts";
import { DIGEST_MAX_ITEMS, renderDigestEmail } from "@/server/mail/notification-digest.ts";

describe("the daily digest's schedule", () => {
  it("goes out at 18:00 Paris time, winter (UTC+1) and summer (UTC+2)", () => {
    expect(nextDigestAfter(new Date("2026-12-07T09:00:00Z"))).toEqual({ runAt: new Date("2026-12-07T17:00:00Z"), singletonKey: "notification-digest:2026-12-07" });
    expect(nextDigestAfter(new Date("2026-07-14T09:00:00Z"))).toEqual({ runAt: new Date("2026-07-14T16:00:00Z"), singletonKey: "notification-digest:2026-07-14" });
  });

  it("after today's digest (or at its very moment), schedules tomorrow's", () => {
    expect(nextDigestAfter(new Date("2026-12-07T17:00:00Z"))).toEqual({ runAt: new Date("2026-12-08T17:00:00Z"), singletonKey: "notification-digest:2026-12-08" });
    expect(nextDigestAfter(new Date("2026-12-31T22:30:00Z"))).toEqual({ runAt: new Date("2027-01-01T17:00:00Z"), singletonKey: "notification-digest:2027-01-01" });
  });

  it("keeps 18:00 on the days the clocks change", () => {
    expect(nextDigestAfter(new Date("2026-03-29T00:30:00Z")).runAt).toEqual(new Date("2026-03-29T16:00:00Z"));
    expect(nextDigestAfter(new Date("2026-10-25T00:30:00Z")).runAt).toEqual(new Date("2026-10-25T17:00:00Z"));
  });
});

describe("the digest e-mail", () => {
  it("lists every notification by topic, with its link, and where to change one's subscriptions", () => {
    const email = renderDigestEmail([
      { topic: "RATTACHEMENT", subject: "demande de rattachement à la structure ACME", url: "https://portail.test/activites-gestionnaire/demandes" },
      { topic: "STATUT_FACTURE", subject: "Facture n° F-1 : Rejetée", url: "https://portail.test/factures-emises/1" },
      { topic: "STATUT_FACTURE", subject: "Facture n° F-2 : Mise en paiement", url: null },
    ]);
    expect(email.subject).toContain("Synthèse quotidienne de vos notifications");
    expect(email.text).toContain("Voici les 3 notifications");
    const invoices = email.text.indexOf("Statuts de factures");
    const rattachements = email.text.indexOf("Demandes de rattachement");
    expect(invoices).toBeGreaterThan(-1);
    expect(rattachements).toBeGreaterThan(invoices);
    expect(email.text).toContain("- Facture n° F-1 : Rejetée : https://portail.test/factures-emises/1");
    expect(email.text).toContain("- Facture n° F-2 : Mise en paiement\n");
    expect(email.text).not.toContain("Sollicitations");
    expect(email.html).toContain('<a href="https://portail.test/factures-emises/1">Facture n° F-1 : Rejetée</a>');
    expect(email.text).toContain("/mon-compte/abonnements");
  });

  it("stays bounded: past the limit, it points to the fil d'événements", () => {
    const items = Array.from({ length: DIGEST_MAX_ITEMS + 5 }, (_, i) => ({ topic: "SOLLICITATION" as const, subject: `Sollicitation n° ${i}`, url: null }));
    const email = renderDigestEmail(items);
    expect(email.text).toContain(`Sollicitation n° ${DIGEST_MAX_ITEMS - 1}\n`);
    expect(email.text).not.toContain(`Sollicitation n° ${DIGEST_MAX_ITEMS}\n`);
    expect(email.text).toContain("Et 5 autres notifications, à retrouver dans votre fil d'événements.");
  });
});
