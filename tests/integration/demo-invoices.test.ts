// The living demo (prisma/seed/seed-demo-invoices.ts): after the seed, CHORUS SOCIETE's Tableau de bord has every
// tile lit, its flux is finished with its compte rendu, its rejected invoice carries its motif, the buyers have
// invoices to process and CHORUS DEUX one to validate; a second load changes nothing; without CHORUS SOCIETE, nothing.
import { describe, expect, it } from "vitest";
import { listDepositFlux, getDepositFlux } from "@/features/invoices/batch/index.ts";
import { listReceivedInvoices } from "@/features/invoices/received/index.ts";
import { getSupplierDashboard } from "@/features/invoices/tracking/index.ts";
import { listInvoicesToValidate } from "@/features/invoices/validation/index.ts";
import { db } from "@/server/db.ts";
import { DEMO_FLUX, DEMO_INVOICES, DEMO_REJECTION } from "../../prisma/seed/demo-invoices.ts";
import { DEMO_ROUTING_HOLD_DAYS, seedDemoInvoices } from "../../prisma/seed/seed-demo-invoices.ts";
import { seedDemoData } from "../../prisma/seed/seed-demo-data.ts";

const PASSWORD = "Demo-Test-Factures-2026!";
const userId = async (loginEmail: string) => (await db.user.findUniqueOrThrow({ where: { loginEmail }, select: { id: true } })).id;

const counts = async () => ({
  invoices: await db.invoice.count(),
  history: await db.invoiceHistory.count(),
  events: await db.event.count(),
  outbox: await db.outboxMessage.count(),
  documents: await db.invoiceDocument.count(),
  attachments: await db.invoiceAttachment.count(),
  fluxes: await db.depositFlux.count(),
  sollicitations: await db.sollicitation.count(),
  sollicitationMessages: await db.sollicitationMessage.count(),
  jobs: await db.job.count(),
});

describe("the demo's invoices", () => {
  // First, while CHORUS SOCIETE is left out as the end-to-end tests do (DEMO_SEED_EXCLUDE=FRCHORUSSOCIETE).
  it("are not made without CHORUS SOCIETE: the buyers' lists stay as they were", async () => {
    await seedDemoData(db, { demoPassword: PASSWORD, excludeIdentifiers: ["FRCHORUSSOCIETE"] });
    expect(await seedDemoInvoices()).toBeNull();
    expect(await db.invoice.count()).toBe(0);
    expect(await db.depositFlux.count()).toBe(0);
  }, 60_000);

  it("light every tile of CHORUS SOCIETE's Tableau de bord, through the portal's own moves, and a second load changes nothing", async () => {
    await seedDemoData(db, { demoPassword: PASSWORD });
    const report = await seedDemoInvoices();
    expect(report).toEqual({ invoices: DEMO_INVOICES.length + DEMO_FLUX.files.length, skipped: [], sollicitation: expect.any(String) });

    const simon = await userId("simon.pellegrin@chorus-societe.example");
    const dashboard = await getSupplierDashboard({ userId: simon });
    expect(dashboard.tiles.filter((tile) => tile.count === 0).map((tile) => tile.label)).toEqual([]);

    // Each invoice entered has its legal documents (Factur-X, its XML, the deposit receipt) and a history from its sending.
    const entered = await db.invoice.findMany({ where: { sentNumber: { in: DEMO_INVOICES.map((invoice) => invoice.number) } }, include: { documents: { select: { kind: true } }, history: { orderBy: { createdAt: "asc" } } } });
    expect(entered).toHaveLength(DEMO_INVOICES.length);
    for (const invoice of entered) {
      expect(invoice.documents.map((document) => document.kind).sort()).toEqual(["CII_XML", "DEPOSIT_RECEIPT_PDF", "FACTURX_PDF"]);
      expect(invoice.history[0]).toMatchObject({ status: invoice.cadre === "A1" ? "DEPOSEE" : "A_VALIDER_1", actorId: simon });
      expect(invoice.history.at(-1)!.status).toBe(invoice.status);
    }

    // The rejected invoice: the buyer's agent's motif, from seed 004's list, and its comment.
    const rejected = entered.find((invoice) => invoice.sentNumber === DEMO_REJECTION.number)!;
    expect(rejected.status).toBe("REJETEE");
    expect(rejected.history.at(-1)).toMatchObject({ motif: DEMO_REJECTION.motif, comment: DEMO_REJECTION.comment, actorId: await userId("factures@cotesdarmor.example") });
    // and the supplier's question about it, answered by the buyer.
    const sollicitation = await db.sollicitation.findFirstOrThrow({ where: { invoiceId: rejected.id }, include: { messages: { orderBy: { createdAt: "asc" } } } });
    expect(sollicitation.number).toBe(report!.sollicitation);
    expect(sollicitation.authorStructureId).toBe(rejected.supplierStructureId);
    expect(sollicitation.messages.map((message) => message.side)).toContain("DESTINATAIRE");
    expect(sollicitation.createdAt.getTime()).toBeGreaterThan(rejected.history.at(-1)!.createdAt.getTime());

    // The passing états stay: their routing waits in the queue, due weeks later.
    const held = await db.job.findMany({ where: { queue: "invoice-routing", status: "PENDING" } });
    expect(held).toHaveLength(6);
    for (const job of held) expect(job.runAt.getTime()).toBeGreaterThan(Date.now() + (DEMO_ROUTING_HOLD_DAYS - 1) * 24 * 3600 * 1000);

    // The flux: finished, its compte rendu listing the three invoices accepted and the one refused with its reason.
    const { fluxes } = await listDepositFlux({ userId: simon });
    expect(fluxes).toHaveLength(1);
    const flux = await getDepositFlux({ userId: simon, fluxId: fluxes[0].id });
    expect(flux).toMatchObject({ status: "INTEGRE_PARTIELLEMENT", invoiceCount: 4, processedCount: 4, acceptedCount: 3, rejectedCount: 1, uploadName: DEMO_FLUX.uploadName });
    expect(flux.items.map((item) => [item.invoiceNumber, item.status])).toEqual([
      ["CS-LOT-001", "ACCEPTEE"],
      ["CS-LOT-002", "ACCEPTEE"],
      ["CS-LOT-003", "ACCEPTEE"],
      ["CS-LOT-004", "REJETEE"],
    ]);
    expect(flux.items[3].findings.map((finding) => finding.message).join(" ")).toContain("COMPTABILITE");

    // The buyers have invoices to process: made available (the flux's ones routed too) or completed by the supplier.
    const cotesDArmor = await listReceivedInvoices({ userId: await userId("factures@cotesdarmor.example") });
    expect(cotesDArmor.invoices.filter((invoice) => ["MISE_A_DISPOSITION", "COMPLETEE"].includes(invoice.status)).length).toBeGreaterThanOrEqual(2);
    const brest = await listReceivedInvoices({ userId: await userId("factures@brest-metropole.example") });
    expect(brest.invoices.filter((invoice) => invoice.status === "MISE_A_DISPOSITION").length).toBeGreaterThanOrEqual(4);
    // and the holder of the A9 / A12 contracts one to validate.
    const toValidate = await listInvoicesToValidate({ userId: await userId("isabelle.dubreuil@chorus-deux.example") });
    expect(toValidate.invoices.filter((invoice) => invoice.status === "A_VALIDER_1")).toHaveLength(1);

    const first = await counts();
    expect(await seedDemoInvoices()).toEqual(report);
    expect(await counts()).toEqual(first);
  }, 180_000);
});
