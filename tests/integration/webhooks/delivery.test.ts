// Webhooks over real HTTP (a receiver on 127.0.0.1, so WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true but where the guard is
// the subject): a change of an invoice's status delivers one webhook per subscription concerned, signed per the
// Standard Webhooks specification and checked by the maintained `standardwebhooks` package; a failing receiver is
// retried by the job queue with the same webhook-id until it answers; a destination on the portal's own network is
// refused and never contacted; another structure's subscription, a switched-off one or one to other events get nothing.
import { randomBytes } from "node:crypto";
import http, { type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDepositFlux } from "@/features/invoices/batch/use-cases/create-deposit-flux.ts";
import { depositFluxJobHandlers } from "@/features/invoices/batch/index.ts";
import { routeInvoice } from "@/features/invoices/lifecycle/index.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import type { WebhookEventType } from "@/generated/prisma/enums.ts";
import { seal } from "@/server/auth/secret-box.ts";
import { db } from "@/server/db.ts";
import { runDueJobs } from "@/server/jobs/run-jobs.ts";
import { deliverWebhook } from "@/server/webhooks/deliver.ts";
import { emitWebhookEvent } from "@/server/webhooks/emit.ts";
import { WEBHOOK_DELIVERY_QUEUE, WEBHOOK_SECRET_PURPOSE } from "@/server/webhooks/events.ts";
import { webhookJobHandlers } from "@/server/webhooks/jobs.ts";
import { sampleInvoiceXml, type SampleParties } from "../../../scripts/lib/sample-einvoices.ts";
import { createInvoiceRecipients, createInvoiceSupplier, invoiceFormTo } from "../factories.ts";

type Received = { path: string; headers: IncomingHttpHeaders; body: string };

/** A receiver answering each request with the next planned status (200 once the plan is used up). */
async function startReceiver() {
  const received: Received[] = [];
  const plan: { status: number; body?: string; headers?: Record<string, string> }[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      received.push({ path: request.url ?? "", headers: request.headers, body });
      const answer = plan.shift() ?? { status: 200, body: "ok" };
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { received, plan, port, url: (path = "/webhooks") => `http://127.0.0.1:${port}${path}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.close());
beforeEach(() => {
  process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS = "true";
  receiver.received.length = 0;
  receiver.plan.length = 0;
});
afterEach(() => {
  delete process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS;
});

const newSecret = () => `whsec_${randomBytes(24).toString("base64")}`;

async function subscribe(structureId: string, options: { url?: string; events?: WebhookEventType[]; active?: boolean } = {}) {
  const secret = newSecret();
  const subscription = await db.webhookSubscription.create({
    data: {
      structureId,
      url: options.url ?? receiver.url(`/webhooks/${structureId}`),
      events: options.events ?? ["FACTURE_STATUT_MODIFIE"],
      secretBox: seal(WEBHOOK_SECRET_PURPOSE, secret),
      active: options.active ?? true,
    },
  });
  return { ...subscription, secret };
}

const deliveriesOf = (subscriptionId: string) => db.webhookDelivery.findMany({ where: { subscriptionId }, orderBy: { createdAt: "asc" } });
const deliver = () => runDueJobs(webhookJobHandlers);
/** The queue's clock moved forward: every pending delivery job is due now. */
const timePasses = () => db.job.updateMany({ where: { queue: WEBHOOK_DELIVERY_QUEUE, status: "PENDING" }, data: { runAt: new Date(Date.now() - 1) } });
const headersOf = (request: Received) => ({
  "webhook-id": String(request.headers["webhook-id"]),
  "webhook-timestamp": String(request.headers["webhook-timestamp"]),
  "webhook-signature": String(request.headers["webhook-signature"]),
});

async function sentInvoice() {
  const supplier = await createInvoiceSupplier();
  const { cotesDArmor, cotesDArmorService } = await createInvoiceRecipients();
  const form = invoiceFormTo(supplier.structure.id, { structureId: cotesDArmor.id, serviceId: cotesDArmorService.id });
  const send = () => sendInvoice({ userId: supplier.principal.id, input: form });
  return { supplier, recipient: cotesDArmor, form, send };
}

describe("webhook facture.statut_modifie", () => {
  it("delivers one signed webhook per status to the supplier, and to the recipient only once the invoice is made available", async () => {
    const { supplier, recipient, form, send } = await sentInvoice();
    const supplierHook = await subscribe(supplier.structure.id);
    const recipientHook = await subscribe(recipient.id);
    const { invoiceId } = await send();

    const [deposited] = await deliveriesOf(supplierHook.id);
    expect(deposited).toMatchObject({ eventType: "FACTURE_STATUT_MODIFIE", status: "EN_ATTENTE", attempts: 0 });
    expect(await deliveriesOf(recipientHook.id)).toEqual([]);
    expect(await deliver()).toEqual({ done: 1, retried: 0, failed: 0 });

    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(request.path).toBe(`/webhooks/${supplier.structure.id}`);
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["webhook-id"]).toBe(deposited.id);
    const payload = new Webhook(supplierHook.secret).verify(request.body, headersOf(request));
    expect(payload).toEqual({
      type: "facture.statut_modifie",
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: {
        idFacture: invoiceId,
        numeroFacture: form.invoiceNumber,
        statut: { code: "DEPOSEE", libelle: expect.any(String), cycleDeVie: { code: "200", libelle: "Déposée" } },
        dateStatut: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    });
    // Signed with another secret, the same request is refused.
    expect(() => new Webhook(newSecret()).verify(request.body, headersOf(request))).toThrow();
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: deposited.id } })).toMatchObject({ status: "LIVREE", attempts: 1, lastStatusCode: 200, lastResponse: "ok" });

    // Idempotent: the job again, or the handler called for a delivered one, sends nothing.
    await deliver();
    await deliverWebhook({ deliveryId: deposited.id }, { attempt: 1, maxAttempts: 10 });
    expect(receiver.received).toHaveLength(1);

    // Routed: on its way (the supplier only), then made available (both).
    expect(await routeInvoice({ invoiceId })).toBe("MISE_A_DISPOSITION");
    await deliver();
    const statusesSentTo = (subscriptionId: string) =>
      receiver.received.filter((received) => received.path.endsWith(subscriptionId)).map((received) => (JSON.parse(received.body) as { data: { statut: { code: string } } }).data.statut.code);
    expect(statusesSentTo(supplier.structure.id)).toEqual(["DEPOSEE", "EN_COURS_ACHEMINEMENT", "MISE_A_DISPOSITION"]);
    expect(statusesSentTo(recipient.id)).toEqual(["MISE_A_DISPOSITION"]);
    const toRecipient = receiver.received.find((received) => received.path.endsWith(recipient.id))!;
    expect(new Webhook(recipientHook.secret).verify(toRecipient.body, headersOf(toRecipient))).toMatchObject({ data: { idFacture: invoiceId, statut: { cycleDeVie: { code: "203" } } } });
  });

  it("retries a receiver that answers 500 with the same webhook-id, then delivers it: LIVREE after 2 attempts", async () => {
    const { supplier, send } = await sentInvoice();
    const hook = await subscribe(supplier.structure.id);
    receiver.plan.push({ status: 500, body: "panne" });
    await send();

    expect(await deliver()).toEqual({ done: 0, retried: 1, failed: 0 });
    const [failed] = await deliveriesOf(hook.id);
    expect(failed).toMatchObject({ status: "EN_ATTENTE", attempts: 1, lastStatusCode: 500, lastResponse: "panne" });
    expect(failed.lastAttemptAt).toBeInstanceOf(Date);
    // Not due before its delay.
    expect(await deliver()).toEqual({ done: 0, retried: 0, failed: 0 });

    await timePasses();
    expect(await deliver()).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "LIVREE", attempts: 2, lastStatusCode: 200 });
    expect(receiver.received.map((request) => request.headers["webhook-id"])).toEqual([failed.id, failed.id]);
    for (const request of receiver.received) expect(() => new Webhook(hook.secret).verify(request.body, headersOf(request))).not.toThrow();
    expect(receiver.received[0].body).toBe(receiver.received[1].body);
  });

  it("marks ECHEC after the last attempt, keeps the start of a long answer, and follows no redirection", async () => {
    const { supplier, send } = await sentInvoice();
    const hook = await subscribe(supplier.structure.id);
    receiver.plan.push({ status: 302, headers: { location: receiver.url("/ailleurs") } }, { status: 503, body: "x".repeat(5000) });
    await send();
    const [delivery] = await deliveriesOf(hook.id);

    await expect(deliverWebhook({ deliveryId: delivery.id }, { attempt: 1, maxAttempts: 2 })).rejects.toThrow(/HTTP 302/);
    expect(receiver.received.map((request) => request.path)).toEqual([`/webhooks/${supplier.structure.id}`]);
    await expect(deliverWebhook({ deliveryId: delivery.id }, { attempt: 2, maxAttempts: 2 })).rejects.toThrow(/HTTP 503/);
    const failed = await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(failed).toMatchObject({ status: "ECHEC", attempts: 2, lastStatusCode: 503, deliveredAt: null });
    expect(failed.lastResponse).toBe("x".repeat(1000));
    // Failed for good: not sent again, by the handler nor by its job still in the queue.
    await deliverWebhook({ deliveryId: delivery.id }, { attempt: 3, maxAttempts: 3 });
    expect(await deliver()).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(receiver.received).toHaveLength(2);
  });

  it("records a network error as the attempt's answer", async () => {
    const closed = await startReceiver();
    await closed.close(); // nothing listens on its port any more
    const { supplier, send } = await sentInvoice();
    const hook = await subscribe(supplier.structure.id, { url: closed.url() });
    await send();
    expect(await deliver()).toEqual({ done: 0, retried: 1, failed: 0 });
    const [delivery] = await deliveriesOf(hook.id);
    expect(delivery).toMatchObject({ status: "EN_ATTENTE", attempts: 1, lastStatusCode: null });
    expect(delivery.lastResponse).toMatch(/^Erreur réseau : ECONNREFUSED/);
  });

  it("never sends to the portal's own network without the allowance: the delivery fails at once, the receiver is never contacted", async () => {
    delete process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS;
    const { supplier, send } = await sentInvoice();
    const literal = await subscribe(supplier.structure.id, { url: `https://127.0.0.1:${receiver.port}/webhooks` });
    const mapped = await subscribe(supplier.structure.id, { url: `https://[::ffff:127.0.0.1]:${receiver.port}/webhooks` });
    const named = await subscribe(supplier.structure.id, { url: `https://localhost:${receiver.port}/webhooks` });
    await send();

    expect(await deliver()).toEqual({ done: 3, retried: 0, failed: 0 });
    expect(receiver.received).toEqual([]);
    for (const hook of [literal, mapped, named]) {
      const [delivery] = await deliveriesOf(hook.id);
      expect(delivery).toMatchObject({ status: "ECHEC", attempts: 0, lastStatusCode: null });
      expect(delivery.lastResponse).toMatch(/^Les webhooks ne sont pas envoyés vers .*bouclage/);
    }
  });

  it("sends nothing to another structure's subscription, a switched-off one or one to other events; nothing for a rolled-back change", async () => {
    const { supplier, send } = await sentInvoice();
    const other = await createInvoiceSupplier();
    const foreign = await subscribe(other.structure.id);
    const switchedOff = await subscribe(supplier.structure.id, { active: false });
    const fluxOnly = await subscribe(supplier.structure.id, { events: ["FLUX_INTEGRE"] });
    const own = await subscribe(supplier.structure.id);
    await send();
    await deliver();

    expect(await deliveriesOf(foreign.id)).toEqual([]);
    expect(await deliveriesOf(switchedOff.id)).toEqual([]);
    expect(await deliveriesOf(fluxOnly.id)).toEqual([]);
    expect(await deliveriesOf(own.id)).toHaveLength(1);
    expect(receiver.received.map((request) => request.path)).toEqual([`/webhooks/${supplier.structure.id}`]);

    await expect(
      db.$transaction(async (tx) => {
        await emitWebhookEvent(tx, { type: "FLUX_INTEGRE", structureIds: [supplier.structure.id], data: { idFlux: "x", numeroFluxDepot: "x", nombreFactures: 0, nombreFacturesAcceptees: 0, nombreFacturesRejetees: 0, statut: { code: "REJETE", libelle: "Rejeté" } } });
        throw new Error("annulé");
      }),
    ).rejects.toThrow("annulé");
    expect(await deliveriesOf(fluxOnly.id)).toEqual([]);
  });
});

describe("webhook flux.integre", () => {
  it("tells the supplier's subscription once its flux is processed to the last file", async () => {
    const supplier = await createInvoiceSupplier();
    const { brest } = await createInvoiceRecipients();
    const hook = await subscribe(supplier.structure.id, { events: ["FLUX_INTEGRE"] });
    const parties: SampleParties = {
      seller: { name: supplier.structure.raisonSociale, identifier: supplier.structure.identifier, vatId: "FR32123456789" },
      buyer: { name: brest.raisonSociale, siret: brest.identifier, serviceCode: "FACTURES" },
      engagement: (i) => `BM${i}`,
    };
    const files = [1, 2].map((i) => ({ name: `facture-${i}.xml`, bytes: new TextEncoder().encode(sampleInvoiceXml(i, parties)) }));
    const flux = await createDepositFlux({ userId: supplier.principal.id, input: { supplierStructureId: supplier.structure.id, cadre: "A1", files }, chunkSize: 1 });
    await runDueJobs(depositFluxJobHandlers);
    await deliver();

    expect(await deliveriesOf(hook.id)).toEqual([expect.objectContaining({ eventType: "FLUX_INTEGRE", status: "LIVREE" })]);
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(new Webhook(hook.secret).verify(request.body, headersOf(request))).toMatchObject({
      type: "flux.integre",
      data: { idFlux: flux.fluxId, numeroFluxDepot: flux.number, nombreFactures: 2, nombreFacturesAcceptees: 2, nombreFacturesRejetees: 0, statut: { code: "INTEGRE", libelle: "Intégré" } },
    });
  });
});
