// The lifecycle's one entry for an invoice's creation (decision 0004): the drafts leave BROUILLON to the status the
// machine gives, with their history rows and the routing job, in the caller's transaction; a second sending of the
// same invoice is refused and writes nothing.
import { describe, expect, it } from "vitest";
import { recordCreation } from "@/features/invoices/lifecycle/index.ts";
import { db } from "@/server/db.ts";
import { seal } from "@/server/auth/secret-box.ts";
import { WEBHOOK_SECRET_PURPOSE } from "@/server/webhooks/events.ts";
import { createInvoiceSupplier } from "../../factories.ts";
import { insertInvoice } from "../../support/insert-invoice.ts";

const NOW = new Date("2026-05-04T10:00:00Z");

describe("recordCreation", () => {
  it("sends drafts as DEPOSEE, each with its history row and one routing job, and refuses to send them again", async () => {
    const supplier = await createInvoiceSupplier();
    const drafts = await Promise.all(["A-1", "A-2"].map((number) => insertInvoice(supplier, { number, status: "BROUILLON", sentAt: null, totalGross: "10.00" })));
    const invoiceIds = drafts.map((draft) => draft.id);
    const command = { invoiceIds, creation: "DEPOSER" as const, actorUserId: supplier.principal.id, actorStructureId: supplier.structure.id, now: NOW };

    await db.$transaction((tx) => recordCreation(tx, command));

    const sent = await db.invoice.findMany({ where: { id: { in: invoiceIds } }, include: { history: true } });
    for (const invoice of sent) {
      expect(invoice).toMatchObject({ status: "DEPOSEE", statusChangedAt: NOW });
      expect(invoice.history).toMatchObject([{ status: "DEPOSEE", actorId: supplier.principal.id, actorStructureId: supplier.structure.id, createdAt: NOW }]);
    }
    const jobs = await db.job.findMany({ where: { queue: "invoice-routing", singletonKey: { in: invoiceIds.map((id) => `invoice-routing:${id}:1`) } } });
    expect(jobs).toHaveLength(2);

    await expect(db.$transaction((tx) => recordCreation(tx, command))).rejects.toMatchObject({ code: "CONFLICT", message: "Une facture envoyée ne peut plus être modifiée." });
    expect(await db.invoiceHistory.count({ where: { invoiceId: { in: invoiceIds } } })).toBe(2);
  });

  it("sends an A9 / A12 draft to its holder (A_VALIDER_1) with the deadline the sender sets, never routed", async () => {
    const supplier = await createInvoiceSupplier();
    const draft = await insertInvoice(supplier, { number: "B-1", status: "BROUILLON", sentAt: null, totalGross: "10.00", cadre: "A9" });
    const deadline = new Date("2026-05-19T10:00:00Z");

    await db.$transaction((tx) =>
      recordCreation(tx, {
        invoiceIds: [draft.id],
        creation: "SOUMETTRE_AU_VALIDEUR",
        actorUserId: supplier.principal.id,
        actorStructureId: supplier.structure.id,
        now: NOW,
        data: { validationDeadline: deadline },
      }),
    );

    expect(await db.invoice.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "A_VALIDER_1", validationDeadline: deadline });
    expect(await db.job.count({ where: { queue: "invoice-routing", singletonKey: { startsWith: `invoice-routing:${draft.id}:` } } })).toBe(0);
  });

  it("writes in one statement what the ORM wrote: the move, the data set with it, its webhooks, a routing key counting the history; a CONFLICT leaves nothing", async () => {
    const supplier = await createInvoiceSupplier();
    await db.webhookSubscription.create({
      data: { structureId: supplier.structure.id, url: "https://example.test/webhooks", events: ["FACTURE_STATUT_MODIFIE"], secretBox: seal(WEBHOOK_SECRET_PURPOSE, "secret") },
    });
    const draft = await insertInvoice(supplier, { number: "C-1", status: "BROUILLON", sentAt: null, totalGross: "10.00" });
    // A draft that already has history (written by hand): its routing key counts every row, its new one included.
    const withHistory = await insertInvoice(supplier, { number: "C-2", status: "BROUILLON", sentAt: null, totalGross: "10.00" });
    await db.invoiceHistory.create({ data: { invoiceId: withHistory.id, status: "BROUILLON", createdAt: new Date("2026-05-01T00:00:00Z") } });
    await db.invoice.update({ where: { id: draft.id }, data: { receivedAt: new Date("2026-05-01T00:00:00Z") } });
    const before = await db.invoice.findUniqueOrThrow({ where: { id: draft.id }, select: { updatedAt: true } });
    const sentAt = new Date("2026-05-04T09:59:00Z");

    await db.$transaction((tx) =>
      recordCreation(tx, {
        invoiceIds: [draft.id, withHistory.id, draft.id],
        creation: "DEPOSER",
        actorUserId: supplier.principal.id,
        actorStructureId: supplier.structure.id,
        now: NOW,
        data: { sentAt },
      }),
    );

    const sent = await db.invoice.findUniqueOrThrow({ where: { id: draft.id } });
    expect(sent).toMatchObject({ status: "DEPOSEE", statusChangedAt: NOW, receivedAt: null, sentAt });
    expect(sent.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    expect(await db.invoiceHistory.count({ where: { invoiceId: draft.id } })).toBe(1);
    const keys = await db.job.findMany({
      where: { queue: "invoice-routing", OR: [draft.id, withHistory.id].map((id) => ({ singletonKey: { startsWith: `invoice-routing:${id}:` } })) },
      select: { singletonKey: true },
    });
    expect(keys.map((job) => job.singletonKey).sort()).toEqual([`invoice-routing:${draft.id}:1`, `invoice-routing:${withHistory.id}:2`].sort());
    const deliveries = await db.webhookDelivery.findMany({ where: { subscription: { structureId: supplier.structure.id } }, select: { payload: true } });
    expect(deliveries.map((delivery) => (delivery.payload as { data: unknown }).data)).toEqual(
      expect.arrayContaining([
        { idFacture: draft.id, numeroFacture: "C-1", statut: expect.objectContaining({ code: "DEPOSEE" }), dateStatut: NOW.toISOString() },
        expect.objectContaining({ idFacture: withHistory.id, numeroFacture: "C-2", dateStatut: NOW.toISOString() }),
      ]),
    );

    const third = await insertInvoice(supplier, { number: "C-3", status: "BROUILLON", sentAt: null, totalGross: "10.00" });
    const again = { invoiceIds: [third.id, draft.id], creation: "DEPOSER" as const, actorUserId: supplier.principal.id, actorStructureId: supplier.structure.id, now: NOW };
    await expect(db.$transaction((tx) => recordCreation(tx, again))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: third.id }, select: { status: true } })).toEqual({ status: "BROUILLON" });
    expect(await db.invoiceHistory.count({ where: { invoiceId: third.id } })).toBe(0);
  });
});
