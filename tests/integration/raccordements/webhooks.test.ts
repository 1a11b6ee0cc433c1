// Raccordements EDI et API > Webhooks: a structure's gestionnaire subscribes a URL to events, gets the signing secret
// once (sealed in the database, the sender reads it back), deactivates it, and reads the deliveries, newest first.
import { afterEach, describe, expect, it } from "vitest";
import { webhookSubscriptionSchema } from "@/features/raccordements/schemas.ts";
import { deactivateWebhookSubscription } from "@/features/raccordements/use-cases/deactivate-webhook-subscription.ts";
import { listWebhookDeliveries } from "@/features/raccordements/use-cases/list-webhook-deliveries.ts";
import { listWebhookSubscriptions } from "@/features/raccordements/use-cases/list-webhook-subscriptions.ts";
import { subscribeWebhook } from "@/features/raccordements/use-cases/subscribe-webhook.ts";
import { open } from "@/server/auth/secret-box.ts";
import { db } from "@/server/db.ts";
import { WEBHOOK_SECRET_PURPOSE } from "@/server/webhooks/events.ts";
import { auditOf, managedStructure } from "./support.ts";

const ALLOW = "WEBHOOKS_ALLOW_PRIVATE_NETWORKS";
const allowed = process.env[ALLOW];
afterEach(() => {
  if (allowed === undefined) delete process.env[ALLOW];
  else process.env[ALLOW] = allowed;
});

const subscribe = (userId: string, structureId: string, url = "https://erp.exemple.fr/webhooks", events = ["FACTURE_STATUT_MODIFIE", "FLUX_INTEGRE"]) =>
  subscribeWebhook({ userId, structureId, input: webhookSubscriptionSchema.parse({ url, events }) });

describe("subscribing a URL", () => {
  it("answers a Standard Webhooks secret once, kept sealed, readable by the sender only", async () => {
    const { structure, secondary } = await managedStructure();
    const subscription = await subscribe(secondary.id, structure.id);
    expect(subscription.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(subscription.secret.slice("whsec_".length), "base64")).toHaveLength(32);

    const row = await db.webhookSubscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(row).toMatchObject({ structureId: structure.id, url: "https://erp.exemple.fr/webhooks", events: ["FACTURE_STATUT_MODIFIE", "FLUX_INTEGRE"], active: true, createdById: secondary.id });
    expect(row.secretBox).not.toContain(subscription.secret.slice("whsec_".length, 20));
    expect(open(WEBHOOK_SECRET_PURPOSE, row.secretBox)).toBe(subscription.secret);
    const audit = await auditOf(subscription.id);
    expect(audit.map((entry) => entry.action)).toEqual(["WEBHOOK_SUBSCRIBED"]);
    expect(JSON.stringify(audit)).not.toContain(subscription.secret);

    const listed = await listWebhookSubscriptions({ userId: secondary.id, structureId: structure.id });
    expect(listed).toEqual([expect.objectContaining({ id: subscription.id, active: true })]);
    expect(JSON.stringify(listed)).not.toContain("whsec_");
  });

  it("requires https and a public host unless the configuration allows private networks", async () => {
    const { structure, principal } = await managedStructure();
    delete process.env[ALLOW];
    await expect(subscribe(principal.id, structure.id, "http://erp.exemple.fr/webhooks")).rejects.toMatchObject({ code: "VALIDATION", field: "url" });
    await expect(subscribe(principal.id, structure.id, "https://127.0.0.1:8443/webhooks")).rejects.toMatchObject({ code: "VALIDATION", field: "url" });
    await expect(subscribe(principal.id, structure.id, "https://localhost/webhooks")).rejects.toMatchObject({ code: "VALIDATION", field: "url" });
    await expect(subscribe(principal.id, structure.id, "pas une adresse")).rejects.toMatchObject({ code: "VALIDATION", field: "url" });
    expect(webhookSubscriptionSchema.safeParse({ url: `https://exemple.fr/${"a".repeat(2000)}`, events: ["FLUX_INTEGRE"] }).success).toBe(false);
    expect(webhookSubscriptionSchema.safeParse({ url: "https://exemple.fr/", events: [] }).success).toBe(false);
    expect(await db.webhookSubscription.count({ where: { structureId: structure.id } })).toBe(0);

    process.env[ALLOW] = "true";
    await expect(subscribe(principal.id, structure.id, "http://127.0.0.1:8080/webhooks")).resolves.toMatchObject({ url: "http://127.0.0.1:8080/webhooks" });
  });
});

describe("deactivating and following", () => {
  it("deactivates a subscription, and lists the structure's deliveries newest first, one page at a time", async () => {
    const { structure, principal } = await managedStructure();
    const other = await managedStructure();
    const subscription = await subscribe(principal.id, structure.id);
    const foreign = await subscribe(other.principal.id, other.structure.id);
    const at = (minutes: number) => new Date(Date.UTC(2026, 5, 1, 10, minutes));
    await db.webhookDelivery.createMany({
      data: [
        { subscriptionId: subscription.id, eventType: "FACTURE_STATUT_MODIFIE", payload: {}, status: "LIVREE", attempts: 1, lastStatusCode: 200, lastResponse: "ok", createdAt: at(1) },
        { subscriptionId: subscription.id, eventType: "FLUX_INTEGRE", payload: {}, status: "ECHEC", attempts: 3, lastStatusCode: 500, lastResponse: "Erreur interne", createdAt: at(3) },
        { subscriptionId: subscription.id, eventType: "FACTURE_STATUT_MODIFIE", payload: {}, status: "EN_ATTENTE", attempts: 0, createdAt: at(2) },
        { subscriptionId: foreign.id, eventType: "FLUX_INTEGRE", payload: {}, status: "LIVREE", attempts: 1, createdAt: at(4) },
      ],
    });

    const first = await listWebhookDeliveries({ userId: principal.id, structureId: structure.id, page: { number: 1, size: 2 } });
    expect(first.total).toBe(3);
    expect(first.rows.map((row) => [row.eventType, row.status, row.attempts, row.lastStatusCode, row.lastResponse])).toEqual([
      ["FLUX_INTEGRE", "ECHEC", 3, 500, "Erreur interne"],
      ["FACTURE_STATUT_MODIFIE", "EN_ATTENTE", 0, null, null],
    ]);
    const second = await listWebhookDeliveries({ userId: principal.id, structureId: structure.id, page: { number: 2, size: 2 } });
    expect(second.rows.map((row) => row.createdAt)).toEqual([at(1)]);

    await deactivateWebhookSubscription({ userId: principal.id, structureId: structure.id, subscriptionId: subscription.id });
    expect(await db.webhookSubscription.findUniqueOrThrow({ where: { id: subscription.id } })).toMatchObject({ active: false });
    expect((await auditOf(subscription.id)).map((entry) => entry.action)).toEqual(["WEBHOOK_SUBSCRIBED", "WEBHOOK_DEACTIVATED"]);
    // Its deliveries stay listed.
    expect((await listWebhookDeliveries({ userId: principal.id, structureId: structure.id, page: { number: 1, size: 10 } })).total).toBe(3);
  });

  it("a gestionnaire of another structure, or a simple user, sees and changes nothing: NOT_FOUND", async () => {
    const a = await managedStructure();
    const b = await managedStructure();
    const subscription = await subscribe(a.principal.id, a.structure.id);
    for (const userId of [b.principal.id, b.secondary.id, a.simple.id]) {
      await expect(listWebhookSubscriptions({ userId, structureId: a.structure.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listWebhookDeliveries({ userId, structureId: a.structure.id, page: { number: 1, size: 10 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(subscribe(userId, a.structure.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(deactivateWebhookSubscription({ userId, structureId: a.structure.id, subscriptionId: subscription.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(deactivateWebhookSubscription({ userId: b.principal.id, structureId: b.structure.id, subscriptionId: subscription.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.webhookSubscription.findUniqueOrThrow({ where: { id: subscription.id } })).toMatchObject({ active: true });
  });
});
