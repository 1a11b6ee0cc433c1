// The received invoices' counts per recipient, service and status (received_invoice_counts, kept by a trigger on
// invoices; docs/decisions/0022-received-counts.md) stay exactly what counting the invoices gives, through the send,
// the routing, every transition of the recipient and of the supplier, recycling to another recipient, deletion and
// transitions at once; and the buyer's Tableau de bord and the totals of Factures reçues read from them show a user
// only their structures' (and services') invoices.
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { changeInvoiceStatus, routeInvoice } from "@/features/invoices/lifecycle/index.ts";
import type { LifecycleAction } from "@/features/invoices/lifecycle/rules/lifecycle-contract.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { getReceivedDashboard, listReceivedInvoices, type ReceivedInvoiceFilters } from "@/features/invoices/received/index.ts";
import { recycleInvoice } from "@/features/invoices/tracking/use-cases/recycle-invoice.ts";
import { receivedInvoiceWhere, receivedScopes, type ReceivedStatus } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";
import { createInvoiceSupplier, createPublicStructure, createRecipientAgent, createUser, invoiceFormTo } from "../../factories.ts";

const MOTIF = "Montant de la facture erroné";

/** A public structure of its own with two services (engagement of 5 or 6 digits), an agent of the whole structure and one of its first service. */
async function createRecipient() {
  const structure = await createPublicStructure({
    identifier: String(randomInt(10 ** 13, 10 ** 14)),
    raisonSociale: `COMMUNE ${randomInt(1000, 9999)}`,
    serviceObligatoire: true,
    services: [
      { code: "COLLEGE", libelle: "Collèges", engagementObligatoire: true },
      { code: "LYCEE", libelle: "Lycées", engagementObligatoire: true },
    ],
  });
  await db.structure.update({ where: { id: structure.id }, data: { engagementCharset: "CHIFFRES", engagementMinLength: 5, engagementMaxLength: 6 } });
  const [college, lycee] = await db.service.findMany({ where: { structureId: structure.id }, orderBy: { code: "asc" } });
  const agent = await createRecipientAgent(structure.id);
  const collegeAgent = await createRecipientAgent(structure.id, { serviceIds: [college.id] });
  return { structure, college, lycee, agent, collegeAgent };
}

type Recipient = Awaited<ReturnType<typeof createRecipient>>;

/** The kept counts and the counts of the invoices themselves, for the whole database: they must be equal. */
async function expectCountsExact() {
  const kept = await db.$queryRaw<unknown[]>`
    SELECT recipient_structure_id::text AS structure, recipient_service_id::text AS service, status::text AS status, invoices AS count
    FROM received_invoice_counts WHERE invoices <> 0 ORDER BY 1, 2, 3`;
  const counted = await db.$queryRaw<unknown[]>`
    SELECT recipient_structure_id::text AS structure, recipient_service_id::text AS service, status::text AS status, count(*)::int AS count
    FROM invoices WHERE received_at IS NOT NULL AND recipient_structure_id IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  expect(kept).toEqual(counted);
}

/** The user's dashboard as the counts give it, and as counting their invoices gives it (the query it replaced). */
async function dashboardAndCounted(userId: string) {
  const dashboard = await getReceivedDashboard({ userId });
  const scopes = await receivedScopes(db, userId);
  const rows = scopes.length === 0 ? [] : await db.invoice.groupBy({ by: ["status"], where: receivedInvoiceWhere(scopes), _count: { _all: true } });
  const counted = Object.fromEntries(rows.map((row) => [row.status, row._count._all]));
  const shown = Object.fromEntries(dashboard.byStatus.filter((tile) => tile.count > 0).map((tile) => [tile.searchParams.statut, tile.count]));
  return { dashboard, shown, counted };
}

async function setUp() {
  const supplier = await createInvoiceSupplier();
  const p = await createRecipient();
  const q = await createRecipient();
  const send = async (recipient: Recipient, serviceId = recipient.college.id) =>
    (await sendInvoice({ userId: supplier.principal.id, input: invoiceFormTo(supplier.structure.id, { structureId: recipient.structure.id, serviceId }) })).invoiceId;
  const deliver = async (recipient: Recipient, serviceId = recipient.college.id) => {
    const invoiceId = await send(recipient, serviceId);
    expect(await routeInvoice({ invoiceId })).toBe("MISE_A_DISPOSITION");
    return invoiceId;
  };
  return { supplier, p, q, send, deliver };
}

// Each test walks invoices through the use cases one step at a time: seconds alone, more while other files run.
describe("received_invoice_counts", { timeout: 120_000 }, () => {
  it("follows one invoice from the send to Mise en paiement: a count moves with each transition, the dashboard and the list's total agree with the invoices", async () => {
    const { supplier, p, send } = await setUp();
    const invoiceId = await send(p);
    // Déposée: not received, counted nowhere.
    expect((await getReceivedDashboard({ userId: p.agent.id })).total).toBe(0);
    await expectCountsExact();
    expect(await routeInvoice({ invoiceId })).toBe("MISE_A_DISPOSITION");
    await expectCountsExact();

    const steps: [string, LifecycleAction, ReceivedStatus, string | undefined][] = [
      [p.agent.id, "SUSPENDRE", "SUSPENDUE", "Bon de livraison manquant"],
      [supplier.principal.id, "COMPLETER", "COMPLETEE", undefined],
      [p.agent.id, "SERVICE_FAIT", "SERVICE_FAIT", undefined],
      [p.agent.id, "MANDATER", "MANDATEE", undefined],
      [p.agent.id, "MISE_A_DISPOSITION_COMPTABLE", "MISE_A_DISPOSITION_COMPTABLE", undefined],
      [p.agent.id, "COMPTABILISER", "COMPTABILISEE", undefined],
      [p.agent.id, "METTRE_EN_PAIEMENT", "MISE_EN_PAIEMENT", undefined],
    ];
    for (const [userId, action, status, motif] of steps) {
      await changeInvoiceStatus({ userId, invoiceId, action, ...(motif ? { motif } : {}), ...(action === "COMPLETER" ? { comment: "Bon de livraison joint." } : {}) });
      await expectCountsExact();
      const { dashboard, shown, counted } = await dashboardAndCounted(p.agent.id);
      expect(shown).toEqual({ [status]: 1 });
      expect(shown).toEqual(counted);
      expect(dashboard.byService.map((tile) => [tile.label, tile.count])).toEqual([
        ["COLLEGE - Collèges", 1],
        ["LYCEE - Lycées", 0],
      ]);
      expect((await listReceivedInvoices({ userId: p.agent.id, filters: {} })).total).toBe(1);
      expect((await listReceivedInvoices({ userId: p.agent.id, filters: { status } })).total).toBe(1);
    }
  });

  it("a rejection and a recycling to another structure: the invoice leaves P's counts when recycled, enters Q's when routed there, and P's agents never count it again", async () => {
    const { supplier, p, q, deliver } = await setUp();
    const rejected = await deliver(p);
    const recycled = await deliver(p, p.lycee.id);
    await changeInvoiceStatus({ userId: p.agent.id, invoiceId: rejected, action: "REJETER", motif: MOTIF });
    await changeInvoiceStatus({ userId: p.agent.id, invoiceId: recycled, action: "A_RECYCLER", motif: "Mauvais destinataire" });
    await expectCountsExact();
    expect((await dashboardAndCounted(p.agent.id)).shown).toEqual({ REJETEE: 1, A_RECYCLER: 1 });
    // The college agent counts the college's rejected invoice only.
    expect((await dashboardAndCounted(p.collegeAgent.id)).shown).toEqual({ REJETEE: 1 });

    await recycleInvoice({ userId: supplier.principal.id, invoiceId: recycled, input: { recipientStructureId: q.structure.id, recipientServiceId: q.lycee.id, engagementNumber: "91821" } });
    await expectCountsExact();
    expect((await dashboardAndCounted(p.agent.id)).shown).toEqual({ REJETEE: 1 });
    expect((await getReceivedDashboard({ userId: q.agent.id })).total).toBe(0);

    expect(await routeInvoice({ invoiceId: recycled })).toBe("MISE_A_DISPOSITION");
    await expectCountsExact();
    const atQ = await dashboardAndCounted(q.agent.id);
    expect(atQ.shown).toEqual({ MISE_A_DISPOSITION: 1 });
    expect(atQ.shown).toEqual(atQ.counted);
    expect((await dashboardAndCounted(p.agent.id)).shown).toEqual({ REJETEE: 1 });
    expect((await listReceivedInvoices({ userId: p.agent.id, filters: {} })).invoices.map((row) => row.id)).toEqual([rejected]);
    // Q's college agent does not count the lycée's invoice; a user of no structure counts nothing.
    expect((await getReceivedDashboard({ userId: q.collegeAgent.id })).total).toBe(0);
    expect((await getReceivedDashboard({ userId: (await createUser()).id })).total).toBe(0);
  });

  it("a deleted invoice leaves the counts; a whole structure's invoices deleted leave none", async () => {
    const { p, deliver } = await setUp();
    const first = await deliver(p);
    await deliver(p, p.lycee.id);
    await deliver(p);
    expect((await getReceivedDashboard({ userId: p.agent.id })).total).toBe(3);
    await db.invoice.delete({ where: { id: first } });
    await expectCountsExact();
    expect((await getReceivedDashboard({ userId: p.agent.id })).total).toBe(2);
    await db.invoice.deleteMany({ where: { recipientStructureId: p.structure.id } });
    await expectCountsExact();
    expect((await getReceivedDashboard({ userId: p.agent.id })).total).toBe(0);
  });

  it("transitions of the same recipient at the same time each move their count once (the counts' row locks serialize them)", async () => {
    const { p, deliver } = await setUp();
    const invoices = [];
    for (let i = 0; i < 6; i++) invoices.push(await deliver(p, i % 2 === 0 ? p.college.id : p.lycee.id));
    const actions: LifecycleAction[] = ["SERVICE_FAIT", "MANDATER", "SERVICE_FAIT", "SUSPENDRE", "MANDATER", "SERVICE_FAIT"];
    await Promise.all(invoices.map((invoiceId, i) => changeInvoiceStatus({ userId: p.agent.id, invoiceId, action: actions[i], ...(actions[i] === "SUSPENDRE" ? { motif: "Pièce manquante" } : {}) })));
    await expectCountsExact();
    expect((await dashboardAndCounted(p.agent.id)).shown).toEqual({ SERVICE_FAIT: 3, MANDATEE: 2, SUSPENDUE: 1 });
  });

  it("the list's total: from the counts for a status, « à traiter » or a service, by counting for other criteria, the same as counting the invoices either way", async () => {
    const { p, q, deliver } = await setUp();
    const ids = [await deliver(p), await deliver(p, p.lycee.id), await deliver(p), await deliver(q)];
    await changeInvoiceStatus({ userId: p.agent.id, invoiceId: ids[0], action: "REJETER", motif: MOTIF });
    await db.invoice.update({ where: { id: ids[2] }, data: { totalGross: "5000.00" } });
    const cases: ReceivedInvoiceFilters[] = [
      {},
      { status: "MISE_A_DISPOSITION" },
      { status: "REJETEE" },
      { toProcess: true },
      { serviceId: p.college.id },
      { serviceId: p.lycee.id, toProcess: true },
      { serviceId: q.college.id },
      { amountMin: "1000" },
      { status: "MISE_A_DISPOSITION", amountMin: "1000" },
    ];
    for (const user of [p.agent, p.collegeAgent, q.agent]) {
      for (const filters of cases) {
        const page = await listReceivedInvoices({ userId: user.id, filters });
        expect({ filters, total: page.total }).toEqual({ filters, total: page.invoices.length });
      }
    }
    expect((await listReceivedInvoices({ userId: p.agent.id, filters: {} })).total).toBe(3);
    expect((await listReceivedInvoices({ userId: p.collegeAgent.id, filters: {} })).total).toBe(2);
    expect((await listReceivedInvoices({ userId: p.agent.id, filters: { serviceId: q.college.id } })).total).toBe(0);
    expect((await listReceivedInvoices({ userId: q.agent.id, filters: {} })).total).toBe(1);
  });
});
