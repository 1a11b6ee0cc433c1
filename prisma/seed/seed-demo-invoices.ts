// The living demo (prisma/seed/demo-invoices.ts): CHORUS SOCIETE's invoices played through the portal's own use
// cases — Valider et envoyer, the routing, the buyer's agent's processing, the holder's validation, Compléter, the
// Dépôt par lot and its chunks — so that each has its Factur-X, its history, its events and notices, as if real users
// had done it. Loading it again changes nothing: an invoice is found by its number, and its story resumes after the
// moves its history already holds (a load stopped midway ends the next time).
// The use cases reach the database through src/server/db.ts: DATABASE_URL must name the demo's database before this
// module is imported (scripts/lib/seed.ts does so).
import { zipSync } from "fflate";
import type { InvoiceFormInput } from "@/features/invoices/common/index.ts";
import { invoiceFormSchema, toEInvoice } from "@/features/invoices/common/index.ts";
import { writeCii } from "@/features/einvoice/index.ts";
import { createDepositFlux, depositFluxJobHandlers } from "@/features/invoices/batch/index.ts";
import { sendInvoice } from "@/features/invoices/entry/index.ts";
import { changeInvoiceStatus, INVOICE_ROUTING_QUEUE, moveInvoiceAsPlatform, routeInvoice, routingJobHandlers } from "@/features/invoices/lifecycle/index.ts";
import { completeInvoice } from "@/features/invoices/tracking/index.ts";
import { autoValidateOverdueInvoices, deadlineOfInvoiceSentAt, refuseInvoice, validateInvoice } from "@/features/invoices/validation/index.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { runDueJobs } from "@/server/jobs/run-jobs.ts";
import { DEMO_STRUCTURES } from "./demo-data.ts";
import { seedDemoSollicitation } from "./seed-demo-sollicitations.ts";
import {
  DEMO_BUYERS,
  DEMO_CONTRACT_HOLDER,
  DEMO_FACTOR_IBAN,
  DEMO_FLUX,
  DEMO_INVOICE_SUPPLIER,
  DEMO_INVOICES,
  DEMO_REJECTION,
  DEMO_SUPPLIER_IBAN,
  type DemoBuyer,
  type DemoInvoice,
  type DemoStep,
} from "./demo-invoices.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * The platform routes a deposited or validated invoice within seconds. So that a newcomer sees the tiles of those
 * passing états (Déposée, En cours d'acheminement, Validée…), the routing of the demo invoices left there waits in the
 * job queue this long; then they go on to their buyer like any other.
 */
export const DEMO_ROUTING_HOLD_DAYS = 30;

type Buyer = { structureId: string; serviceId: string; agentId: string };
type DemoParties = {
  supplierId: string;
  supplierUserId: string;
  accountId: string;
  factorAccountId: string;
  holderId: string;
  holderUserId: string;
  buyers: Record<DemoBuyer, Buyer>;
};

const gestionnaireOf = (identifier: string) => DEMO_STRUCTURES.find((structure) => structure.identifier === identifier)?.gestionnaire?.email;

async function structureId(identifier: string) {
  return (await db.structure.findFirst({ where: { identifier }, select: { id: true } }))?.id;
}

async function userId(identifier: string) {
  const email = gestionnaireOf(identifier);
  return email ? (await db.user.findUnique({ where: { loginEmail: email }, select: { id: true } }))?.id : undefined;
}

/** The demo's structures and accounts, or null when one is missing (CHORUS SOCIETE left out, no demo accounts). */
async function loadParties(): Promise<DemoParties | null> {
  const supplierId = await structureId(DEMO_INVOICE_SUPPLIER);
  const holderId = await structureId(DEMO_CONTRACT_HOLDER);
  const supplierUserId = await userId(DEMO_INVOICE_SUPPLIER);
  const holderUserId = await userId(DEMO_CONTRACT_HOLDER);
  if (!supplierId || !holderId || !supplierUserId || !holderUserId) return null;
  const accounts = await db.bankAccount.findMany({ where: { structureId: supplierId, iban: { in: [DEMO_SUPPLIER_IBAN, DEMO_FACTOR_IBAN] } }, select: { id: true, iban: true } });
  const accountId = accounts.find((account) => account.iban === DEMO_SUPPLIER_IBAN)?.id;
  const factorAccountId = accounts.find((account) => account.iban === DEMO_FACTOR_IBAN)?.id;
  if (!accountId || !factorAccountId) return null;
  const buyers = {} as Record<DemoBuyer, Buyer>;
  for (const [key, buyer] of Object.entries(DEMO_BUYERS) as [DemoBuyer, (typeof DEMO_BUYERS)[DemoBuyer]][]) {
    const found = await db.structure.findFirst({ where: { identifier: buyer.identifier }, select: { id: true, services: { where: { code: buyer.serviceCode }, select: { id: true } } } });
    const agentId = await userId(buyer.identifier);
    if (!found || found.services.length === 0 || !agentId) return null;
    buyers[key] = { structureId: found.id, serviceId: found.services[0].id, agentId };
  }
  return { supplierId, supplierUserId, accountId, factorAccountId, holderId, holderUserId, buyers };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function formOf(invoice: DemoInvoice, parties: DemoParties, sentAt: Date): InvoiceFormInput {
  const buyer = parties.buyers[invoice.buyer];
  return {
    supplierStructureId: parties.supplierId,
    recipientStructureId: buyer.structureId,
    recipientServiceId: buyer.serviceId,
    cadre: invoice.cadre,
    validatorStructureId: invoice.cadre === "A1" ? undefined : parties.holderId,
    type: "FACTURE",
    vatRegime: "DEBITS",
    marketNumber: invoice.marketNumber,
    engagementNumber: invoice.engagementNumber,
    paymentMode: "VIREMENT",
    bankAccountId: invoice.factor ? parties.factorAccountId : parties.accountId,
    invoiceNumber: invoice.number,
    invoiceDate: isoDay(sentAt),
    comment: invoice.comment,
    lines: invoice.lines,
  };
}

/** The history rows a step writes: how a story interrupted midway finds where to resume. */
const ROWS: Record<DemoStep["kind"], number> = { route: 2, acheminer: 1, recipient: 1, complete: 1, validate: 1, refuse: 1, autoValidate: 1, hold: 0 };

/** The routing job of the invoice still waiting in the queue is made due DEMO_ROUTING_HOLD_DAYS later (once). */
async function holdRouting(invoiceId: string, loadedAt: Date) {
  await db.job.updateMany({
    where: { queue: INVOICE_ROUTING_QUEUE, status: "PENDING", runAt: { lte: new Date() }, payload: { path: ["invoiceId"], equals: invoiceId } },
    data: { runAt: new Date(loadedAt.getTime() + DEMO_ROUTING_HOLD_DAYS * DAY_MS) },
  });
}

async function playStep(step: DemoStep, invoice: DemoInvoice, invoiceId: string, parties: DemoParties, loadedAt: Date) {
  const now = new Date(loadedAt.getTime() - step.daysAgo * DAY_MS);
  switch (step.kind) {
    case "route":
      await routeInvoice({ invoiceId, clock: () => now });
      return;
    case "acheminer":
      await db.$transaction((tx) => moveInvoiceAsPlatform(tx, invoiceId, "ACHEMINER", {}, now));
      return;
    case "recipient":
      await changeInvoiceStatus({ userId: parties.buyers[invoice.buyer].agentId, invoiceId, action: step.action, motif: step.motif, comment: step.comment, now });
      return;
    case "complete":
      await completeInvoice({ userId: parties.supplierUserId, invoiceId, input: { comment: step.comment }, now });
      return;
    case "validate":
      await validateInvoice({ userId: parties.holderUserId, invoiceId, input: { comment: step.comment }, now });
      return;
    case "refuse":
      await refuseInvoice({ userId: parties.holderUserId, invoiceId, input: { motif: step.motif }, now });
      return;
    case "autoValidate":
      // The platform's own job (validation automatique hors délai), as it runs every few minutes on the server.
      await autoValidateOverdueInvoices({ now: loadedAt });
      return;
    case "hold":
      await holdRouting(invoiceId, loadedAt);
      return;
  }
}

function sentAtOf(invoice: DemoInvoice, loadedAt: Date): Date {
  if (invoice.sentDaysAgo !== "pastDeadline") return new Date(loadedAt.getTime() - invoice.sentDaysAgo * DAY_MS);
  // Two days before a deadline that is now past, whatever VALIDATION_DELAY_DAYS says.
  const delayMs = deadlineOfInvoiceSentAt(loadedAt).getTime() - loadedAt.getTime();
  return new Date(loadedAt.getTime() - delayMs - 2 * DAY_MS);
}

/** Sends the invoice if it was never sent, then plays the moves its history does not hold yet; whether it did anything. */
async function playInvoice(invoice: DemoInvoice, parties: DemoParties, loadedAt: Date): Promise<boolean> {
  let played = false;
  let sent = await db.invoice.findFirst({ where: { supplierStructureId: parties.supplierId, sentNumber: invoice.number }, select: { id: true, _count: { select: { history: true } } } });
  if (!sent) {
    const sentAt = sentAtOf(invoice, loadedAt);
    const { invoiceId } = await sendInvoice({ userId: parties.supplierUserId, input: formOf(invoice, parties, sentAt), now: sentAt });
    sent = { id: invoiceId, _count: { history: 1 } };
    played = true;
  }
  const rows = sent._count.history;
  let before = 1;
  for (const step of invoice.steps) {
    const after = before + ROWS[step.kind];
    // Played unless the history already holds it (a step that writes no row: unless a later move is there); the
    // routing stopped between its two halves resumes its second.
    const done = ROWS[step.kind] === 0 ? rows > before : rows >= after;
    if (!done) {
      await playStep(step, invoice, sent.id, parties, loadedAt);
      played = true;
    }
    before = after;
  }
  return played;
}

/** A flux's file: the invoice as CHORUS SOCIETE's software would write it (CII D16B, the portal's own mapping). */
async function fluxFile(file: (typeof DEMO_FLUX.files)[number], parties: DemoParties, issuedAt: Date) {
  const [supplier, recipient, account] = await Promise.all([
    db.structure.findUniqueOrThrow({ where: { id: parties.supplierId } }),
    db.structure.findUniqueOrThrow({ where: { id: parties.buyers.B.structureId } }),
    db.bankAccount.findUniqueOrThrow({ where: { id: parties.accountId } }),
  ]);
  const invoice = invoiceFormSchema.parse({
    ...formOf({ number: file.number, buyer: "B", cadre: "A1", engagementNumber: file.engagementNumber, lines: file.lines, sentDaysAgo: 0, steps: [] }, parties, issuedAt),
    recipientServiceId: undefined,
  });
  const einvoice = toEInvoice({ number: file.number, invoice, supplier: { ...supplier, iban: account.iban, bic: account.bic }, recipient, recipientService: { code: file.serviceCode } });
  return { name: `${file.number}.xml`, bytes: new TextEncoder().encode(writeCii(einvoice)) };
}

/**
 * The flux deposited by lot three days ago, once (found by its upload's name), then processed by its chunk jobs while
 * it is not finished; whether it did anything.
 */
async function depositDemoFlux(parties: DemoParties, loadedAt: Date): Promise<boolean> {
  const existing = await db.depositFlux.findFirst({ where: { supplierStructureId: parties.supplierId, uploadName: DEMO_FLUX.uploadName }, select: { status: true } });
  if (existing && existing.status !== "EN_COURS") return false;
  if (!existing) {
    const depositedAt = new Date(loadedAt.getTime() - 3 * DAY_MS);
    const files = await Promise.all(DEMO_FLUX.files.map((file) => fluxFile(file, parties, depositedAt)));
    const zip = zipSync(Object.fromEntries(files.map((file) => [file.name, file.bytes])));
    await inThisThread(() =>
      createDepositFlux({ userId: parties.supplierUserId, input: { supplierStructureId: parties.supplierId, cadre: "A1", files: [{ name: DEMO_FLUX.uploadName, bytes: zip }] }, now: depositedAt }),
    );
  }
  // The server's worker would take them as soon as it starts; here they run now, so the compte rendu is there at once.
  await inThisThread(() => runDueJobs(depositFluxJobHandlers, { limit: 100 }));
  return true;
}

/**
 * Four small files are read in this thread (FILE_WORKERS=0, the setting that does so): starting the worker threads
 * that read a big batch off the server's event loop would cost the seed more than reading them.
 */
async function inThisThread<T>(run: () => Promise<T>): Promise<T> {
  const setting = process.env.FILE_WORKERS;
  process.env.FILE_WORKERS = "0";
  try {
    return await run();
  } finally {
    if (setting === undefined) delete process.env.FILE_WORKERS;
    else process.env.FILE_WORKERS = setting;
  }
}

const STORIES_AT_ONCE = 4;

async function inParallel<T>(items: T[], width: number, run: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

/** The supplier asks the buyer about the rejected invoice the day after its rejection; the buyer answers (seed-demo-sollicitations.ts). */
async function askAboutRejection(parties: DemoParties, loadedAt: Date): Promise<string | null> {
  const rejection = DEMO_INVOICES.find((invoice) => invoice.number === DEMO_REJECTION.number)!.steps.find((step) => step.kind === "recipient" && step.action === "REJETER")!;
  const rejected = await db.invoice.findFirst({ where: { supplierStructureId: parties.supplierId, sentNumber: DEMO_REJECTION.number, status: "REJETEE" }, select: { id: true } });
  if (!rejected) return null;
  const asked = await seedDemoSollicitation({ invoiceId: rejected.id, now: new Date(loadedAt.getTime() - (rejection.daysAgo - 1) * DAY_MS) });
  return asked?.number ?? null;
}

export type DemoInvoicesReport = { invoices: number; skipped: string[]; sollicitation: string | null } | null;

/**
 * Plays the demo invoices and the flux, and the sollicitation about the rejected one; null when CHORUS SOCIETE, CHORUS DEUX, the buyers or their demo accounts are
 * missing (the end-to-end tests leave CHORUS SOCIETE out: no invoice of theirs is made then). A story the users moved
 * on meanwhile (a CONFLICT of the status machine) is left as it is and named in `skipped`.
 */
export async function seedDemoInvoices(options: { loadedAt?: Date } = {}): Promise<DemoInvoicesReport> {
  const parties = await loadParties();
  if (!parties) return null;
  const loadedAt = options.loadedAt ?? new Date();
  const skipped: string[] = [];
  let played = false;
  const play = async (invoice: DemoInvoice) => {
    try {
      if (await playInvoice(invoice, parties, loadedAt)) played = true;
    } catch (error) {
      if (!(error instanceof AppError && error.code === "CONFLICT")) throw error;
      skipped.push(`${invoice.number} : ${error.message}`);
    }
  };
  // A few stories at a time (each waits on the database as much as it computes its documents); the automatic
  // validation last, since it takes every overdue invoice at once.
  const overdue = (invoice: DemoInvoice) => invoice.steps.some((step) => step.kind === "autoValidate");
  await inParallel(DEMO_INVOICES.filter((invoice) => !overdue(invoice)), STORIES_AT_ONCE, play);
  for (const invoice of DEMO_INVOICES.filter(overdue)) await play(invoice);
  if (await depositDemoFlux(parties, loadedAt)) played = true;
  // The routing of the flux's invoices; the others' jobs, already played above, find nothing left to do. A load
  // that played nothing leaves the queue to the server.
  if (played) await runDueJobs(routingJobHandlers, { limit: 1000 });
  const sollicitation = await askAboutRejection(parties, loadedAt);
  return { invoices: DEMO_INVOICES.length + DEMO_FLUX.files.length, skipped, sollicitation };
}
