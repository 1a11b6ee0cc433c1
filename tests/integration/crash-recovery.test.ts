// Nothing is lost nor written twice when a process dies. The real job handlers and the real "Valider et envoyer" run
// in child processes (tsx) on this file's database, and are killed with SIGKILL: a batch deposit of 2,000 invoices
// whose worker dies in the middle is finished by the next worker (the dead worker's chunks are taken again as soon
// as their short lock expires, src/server/jobs/run-jobs.ts); a send that dies between its PDF and its commit leaves
// the draft as it was, and sending it again works, once.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { createDepositFlux } from "@/features/invoices/batch/use-cases/create-deposit-flux.ts";
import { getDepositFlux } from "@/features/invoices/batch/use-cases/get-deposit-flux.ts";
import { DEPOSIT_FLUX_QUEUE } from "@/features/invoices/batch/rules/flux-queue.ts";
import type { InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { saveInvoiceDraft } from "@/features/invoices/entry/use-cases/save-invoice-draft.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { db } from "@/server/db.ts";
import { sampleEInvoice, sampleInvoiceXml, writeUbl, type SampleParties } from "../../scripts/lib/sample-einvoices.ts";
import { createInvoiceRecipients, createInvoiceSupplier } from "./factories.ts";

const COUNT = 2000;
/** Every 100th file pays to an IBAN the structure does not have: rejected, so that the compte rendu has both kinds. */
const REJECTED_EVERY = 100;

type Started = { child: ChildProcess; output: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> };

/** A script of tests/integration/support in a child process (tsx), on this test file's database. */
function startScript(script: string, env: Record<string, string> = {}): Started {
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("tests/integration/support", script)], {
    env: { ...process.env, NODE_ENV: "test", LOG_LEVEL: "error", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}

/** Polls until the condition holds; the limit only keeps a broken run from hanging (it is not what the test checks). */
async function until(condition: () => Promise<boolean>, what: string, limitMs = 100_000) {
  const stopAt = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > stopAt) throw new Error(`toujours pas : ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("a process that dies", () => {
  it(
    "a batch deposit of 2,000 invoices whose worker is killed mid-flux is finished by the next worker: each accepted file is exactly one invoice, none twice, and the compte rendu adds up",
    async () => {
      const supplier = await createInvoiceSupplier();
      const { brest } = await createInvoiceRecipients();
      const parties: SampleParties = {
        seller: { name: supplier.structure.raisonSociale, identifier: supplier.structure.identifier, vatId: "FR32123456789" },
        buyer: { name: brest.raisonSociale, siret: brest.identifier, serviceCode: "FACTURES" },
        engagement: (i) => `BM${i}`,
      };
      const files: Record<string, Uint8Array> = {};
      for (let i = 1; i <= COUNT; i++) {
        const xml =
          i % REJECTED_EVERY === 0
            ? writeUbl({ ...sampleEInvoice(i, parties), payment: { meansCode: "30", accounts: [{ iban: "DE89370400440532013000" }] } })
            : sampleInvoiceXml(i, parties);
        files[`lot/facture-${i}.xml`] = new TextEncoder().encode(xml);
      }
      const created = await createDepositFlux({ userId: supplier.principal.id, input: { supplierStructureId: supplier.structure.id, cadre: "A1", files: [{ name: "lot.zip", bytes: zipSync(files) }] } });
      expect(created.invoiceCount).toBe(COUNT);
      const flux = () => db.depositFlux.findUniqueOrThrow({ where: { id: created.fluxId }, select: { status: true, processedCount: true, acceptedCount: true, invoiceCount: true } });
      const running = () => db.job.count({ where: { queue: DEPOSIT_FLUX_QUEUE, status: "RUNNING" } });

      const first = startScript("job-worker.ts");
      await until(async () => (await flux()).processedCount >= 300 && (await running()) > 0, "le premier travailleur a traité des fichiers");
      first.child.kill("SIGKILL");
      expect(await first.exited).toMatchObject({ signal: "SIGKILL" });
      const atDeath = await flux();
      const inFlight = await running();
      expect(atDeath.processedCount).toBeLessThan(COUNT);
      // Chunks the dead worker held: nobody will settle them, their lock must expire for them to be taken again.
      expect(inFlight).toBeGreaterThan(0);

      const second = startScript("job-worker.ts");
      try {
        await until(async () => (await flux()).status !== "EN_COURS", "le flux est terminé");
      } finally {
        second.child.kill("SIGTERM");
        await second.exited;
      }

      const done = await getDepositFlux({ userId: supplier.principal.id, fluxId: created.fluxId });
      const rejected = COUNT / REJECTED_EVERY;
      expect(done).toMatchObject({ status: "INTEGRE_PARTIELLEMENT", invoiceCount: COUNT, processedCount: COUNT, acceptedCount: COUNT - rejected, rejectedCount: rejected });
      const items = await db.depositFluxItem.findMany({ where: { fluxId: created.fluxId }, select: { status: true, invoiceId: true, invoiceNumber: true } });
      const byStatus = (status: string) => items.filter((item) => item.status === status);
      expect(byStatus("EN_ATTENTE")).toEqual([]);
      expect(byStatus("ACCEPTEE")).toHaveLength(COUNT - rejected);
      expect(byStatus("REJETEE")).toHaveLength(rejected);

      // Exactly one invoice per accepted item, and no invoice that no item names (nothing written twice).
      const invoices = await db.invoice.findMany({ where: { depositFluxId: created.fluxId }, select: { id: true, sentNumber: true, status: true } });
      expect(invoices).toHaveLength(COUNT - rejected);
      expect(new Set(invoices.map((invoice) => invoice.sentNumber)).size).toBe(invoices.length);
      const accepted = byStatus("ACCEPTEE").map((item) => item.invoiceId);
      expect(new Set(accepted).size).toBe(accepted.length);
      expect(new Set(accepted)).toEqual(new Set(invoices.map((invoice) => invoice.id)));
      expect(new Set(invoices.map((invoice) => invoice.status))).toEqual(new Set(["DEPOSEE"]));
      // Each with its one original file, its one history row and its one routing job.
      const ids = invoices.map((invoice) => invoice.id);
      expect(await db.invoiceAttachment.count({ where: { invoiceId: { in: ids } } })).toBe(ids.length);
      expect(await db.invoiceHistory.count({ where: { invoiceId: { in: ids } } })).toBe(ids.length);
      expect(await db.job.count({ where: { queue: { not: DEPOSIT_FLUX_QUEUE } } })).toBe(ids.length);
      // Every chunk job finished, the interrupted ones on a later attempt.
      const chunks = await db.job.findMany({ where: { queue: DEPOSIT_FLUX_QUEUE }, select: { status: true, attempts: true } });
      expect(new Set(chunks.map((job) => job.status))).toEqual(new Set(["DONE"]));
      expect(chunks.filter((job) => job.attempts > 1).length).toBeGreaterThanOrEqual(inFlight);
      // The supplier's users were told once that the flux is done.
      expect(await db.event.count({ where: { type: "FLUX_TRAITE", link: { contains: created.fluxId } } })).toBe(await db.rattachement.count({ where: { structureId: supplier.structure.id, status: "ACTIF" } }));
    },
    180_000,
  );

  it("« Valider et envoyer » killed between its PDF and its commit leaves the draft as it was; sending again works, once", async () => {
    const supplier = await createInvoiceSupplier();
    const { brest, brestService } = await createInvoiceRecipients();
    const form: InvoiceFormInput = {
      supplierStructureId: supplier.structure.id,
      recipientStructureId: brest.id,
      recipientServiceId: brestService.id,
      cadre: "A1",
      type: "FACTURE",
      vatRegime: "DEBITS",
      paymentMode: "VIREMENT",
      engagementNumber: "BM124",
      invoiceNumber: "F-CRASH-1",
      invoiceDate: "2026-03-02",
      lines: [{ denomination: "Pommes", quantity: "4", unit: "KGM", unitPriceNet: "2", vatRate: "5,5" }],
    };
    const userId = supplier.principal.id;
    const draft = await saveInvoiceDraft({ userId, input: form });
    const snapshot = async () => ({
      invoice: await db.invoice.findUniqueOrThrow({ where: { id: draft.invoiceId }, select: { status: true, sentNumber: true, sentAt: true, updatedAt: true } }),
      documents: await db.invoiceDocument.count(),
      history: await db.invoiceHistory.count(),
      events: await db.event.count(),
      jobs: await db.job.count(),
      mails: await db.outboxMessage.count(),
    });
    const before = await snapshot();

    const dying = startScript("send-invoice-dies-before-commit.ts", { SEND_USER_ID: userId, SEND_INPUT: JSON.stringify({ ...form, invoiceId: draft.invoiceId }) });
    const death = await dying.exited;
    expect(dying.output()).toContain("dying before commit");
    expect(death).toMatchObject({ signal: "SIGKILL" });
    expect(await snapshot()).toEqual(before);

    const sent = await sendInvoice({ userId, input: { ...form, invoiceId: draft.invoiceId } });
    expect(sent).toEqual({ invoiceId: draft.invoiceId, number: "F-CRASH-1", withoutBankDetails: false, recycledMotif: null });
    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: draft.invoiceId }, include: { documents: true, history: true } });
    expect(invoice.status).toBe("DEPOSEE");
    expect(invoice.documents.map((document) => document.kind).sort()).toEqual(["CII_XML", "DEPOSIT_RECEIPT_PDF", "FACTURX_PDF"]);
    expect(invoice.history.map((row) => row.status)).toEqual(["DEPOSEE"]);
    await expect(sendInvoice({ userId, input: { ...form, invoiceId: draft.invoiceId } })).rejects.toBeDefined();
    expect(await db.invoiceDocument.count({ where: { invoiceId: draft.invoiceId } })).toBe(3);
  }, 60_000);
});
