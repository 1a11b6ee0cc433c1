// npm run bench:deposit [-- <invoices>]: times the batch deposit on a throw-away database holding the demo data.
// One flux of 10,000 generated invoices (by default; half UBL, half CII, 3 lines each, to two demo recipients) is
// zipped and deposited by LE FOURNISSEUR, then its chunk jobs run with the worker's concurrency until the flux is
// finished: invoices per second from the upload to the last DEPOSEE, and the peak RSS. Then the p95 of a single
// Factur-X upload to its pre-filled draft (depositInvoiceFile), over 100 uploads of the same PDF (each draft deleted
// afterwards, so that the next one is no duplicate). Prints the figures, the last line as JSON.
import "./lib/load-env.ts";
import { readFileSync } from "node:fs";
import path from "node:path";
import { zipSync } from "fflate";
import { applyMigrations } from "./lib/migrations.ts";
import { sampleInvoiceXml, type SampleParties } from "./lib/sample-einvoices.ts";
import { seedDatabase } from "./lib/seed.ts";
import { throwawayDatabase } from "./lib/throwaway-database.ts";

const COUNT = Number(process.argv[2] ?? 10_000);
const PREFILL_RUNS = 100;
const PREFILL_WARM_UP = 5;
const SUPPLIER_SIRET = "12345678900014"; // LE FOURNISSEUR: the seller of the Factur-X example too
const SUPPLIER_USER = "marc.fournier@le-fournisseur.example";

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
sampler.unref();

const database = await throwawayDatabase("bench_deposit");
try {
  console.log(`Base jetable ; migrations et données de démonstration…`);
  await applyMigrations(database.url);
  await seedDatabase(database.url, "Banc-de-mesure-2026!");
  // The use cases read DATABASE_URL when their modules load: point it at the throw-away database first.
  process.env.DATABASE_URL = database.url;
  const { db } = await import("../src/server/db.ts");
  const { createDepositFlux } = await import("../src/features/invoices/batch/use-cases/create-deposit-flux.ts");
  const { depositFluxJobHandlers } = await import("../src/features/invoices/batch/jobs.ts");
  const { runDueJobs } = await import("../src/server/jobs/run-jobs.ts");
  // As the server's worker runs them (JOB_WORKER_CONCURRENCY, default 2).
  const { workerConcurrency } = await import("../src/server/jobs/worker.ts");
  const CONCURRENCY = workerConcurrency();
  const { depositInvoiceFile } = await import("../src/features/invoices/deposit/use-cases/deposit-invoice-file.ts");
  const { deleteInvoiceDraft } = await import("../src/features/invoices/entry/use-cases/delete-invoice-draft.ts");

  const supplier = await db.structure.findFirstOrThrow({ where: { identifier: SUPPLIER_SIRET }, select: { id: true, raisonSociale: true } });
  const user = await db.user.findUniqueOrThrow({ where: { loginEmail: SUPPLIER_USER }, select: { id: true } });
  // The generated invoices pay to this IBAN: it must be one of the supplier's accounts, or every file is refused.
  const iban = "FR7630006000011234567890189";
  await db.bankAccount.upsert({ where: { structureId_iban: { structureId: supplier.id, iban } }, create: { structureId: supplier.id, iban, titulaire: supplier.raisonSociale }, update: { actif: true } });
  const seller = { name: supplier.raisonSociale, identifier: SUPPLIER_SIRET, siret: SUPPLIER_SIRET, vatId: "FR32123456789" };
  const recipients: SampleParties[] = [
    { seller, buyer: { name: "BREST METROPOLE BUDGET PRINCIPAL", siret: "24290031400012", serviceCode: "FACTURES" }, engagement: (i) => `BM${i}` },
    { seller, buyer: { name: "DEP COTES-D'ARMOR", siret: "22220001600327", serviceCode: "COLLEGE" }, engagement: (i) => String(10_000 + (i % 90_000)) },
  ];

  console.log(`Génération de ${COUNT} factures (UBL et CII) et du ZIP…`);
  const encoder = new TextEncoder();
  /** Only the ZIP outlives the generation: the files themselves are the bench's, not the upload's, memory. */
  const generateZip = () => {
    const entries: Record<string, Uint8Array> = {};
    for (let i = 1; i <= COUNT; i++) entries[`lot/facture-${String(i).padStart(6, "0")}.xml`] = encoder.encode(sampleInvoiceXml(i, recipients[Math.floor(i / 2) % 2]));
    return zipSync(entries, { level: 6 });
  };
  const zip = generateZip();
  console.log(`ZIP de ${round(zip.length / 1024 / 1024)} Mo.`);

  // Warm-up: one small flux, so that the timed run does not pay the JIT and the connection pool.
  const warm = await createDepositFlux({ userId: user.id, input: { supplierStructureId: supplier.id, cadre: "A1", files: [{ name: "echauffement.xml", bytes: encoder.encode(sampleInvoiceXml(COUNT + 1, recipients[0], { number: "ECHAUFFEMENT" })) }] } });
  await runDueJobs(depositFluxJobHandlers, { concurrency: CONCURRENCY });
  if ((await db.depositFlux.findUniqueOrThrow({ where: { id: warm.fluxId } })).acceptedCount !== 1) throw new Error("La facture d'échauffement n'a pas été acceptée.");

  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  const memory = (label: string) => {
    const usage = process.memoryUsage();
    console.log(`${label} : RSS ${mb(usage.rss)} Mo, tas ${mb(usage.heapUsed)} Mo, externe ${mb(usage.external)} Mo`);
  };
  memory("avant le dépôt");
  peakRss = process.memoryUsage().rss;
  const started = performance.now();
  const flux = await createDepositFlux({ userId: user.id, input: { supplierStructureId: supplier.id, cadre: "A1", files: [{ name: "lot.zip", bytes: zip }] } });
  const uploaded = performance.now();
  memory("après le téléversement");
  await runDueJobs(depositFluxJobHandlers, { concurrency: CONCURRENCY, limit: 1_000_000 });
  const finished = performance.now();
  memory("après le traitement");
  const result = await db.depositFlux.findUniqueOrThrow({ where: { id: flux.fluxId } });
  if (result.status === "EN_COURS") throw new Error(`Le flux n'est pas terminé : ${result.processedCount} / ${result.invoiceCount}.`);
  const rejected = await db.depositFluxItem.findFirst({ where: { fluxId: flux.fluxId, status: "REJETEE" }, select: { fileName: true, errors: true } });
  if (rejected) console.log(`Exemple de rejet : ${rejected.fileName} ${JSON.stringify(rejected.errors)}`);
  const deposited = await db.invoice.count({ where: { depositFluxId: flux.fluxId, status: "DEPOSEE" } });
  const seconds = (finished - started) / 1000;
  const batchPeakRss = peakRss;

  console.log(`Pré-remplissage : ${PREFILL_RUNS} dépôts de Facture_F20180027.pdf…`);
  const pdf = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, "../tests/fixtures/facturx/Facture_F20180027.pdf")));
  const prefill = async () => {
    const begin = performance.now();
    const draft = await depositInvoiceFile({ userId: user.id, input: { supplierStructureId: supplier.id, cadre: "A1", format: "XML_MIXTE", file: { name: "Facture_F20180027.pdf", bytes: pdf } } });
    const elapsed = performance.now() - begin;
    await deleteInvoiceDraft({ userId: user.id, invoiceId: draft.invoiceId });
    return elapsed;
  };
  for (let i = 0; i < PREFILL_WARM_UP; i++) await prefill();
  const timings: number[] = [];
  for (let i = 0; i < PREFILL_RUNS; i++) timings.push(await prefill());
  await db.$disconnect();
  const sorted = [...timings].sort((a, b) => a - b);

  const summary = {
    invoices_per_s: round(result.invoiceCount / seconds),
    peak_rss_mb: Math.round(batchPeakRss / 1024 / 1024),
    prefill_p95_ms: round(percentile(sorted, 95)),
    n: result.invoiceCount,
  };
  console.table([
    {
      "dépôt par lot": `${result.invoiceCount} factures`,
      statut: result.status,
      "acceptées (DEPOSEE)": `${result.acceptedCount} (${deposited})`,
      "téléversement s": round((uploaded - started) / 1000, 2),
      "total s": round(seconds, 2),
      "factures/s": summary.invoices_per_s,
      "RSS max Mo": summary.peak_rss_mb,
      concurrence: CONCURRENCY,
    },
  ]);
  console.table([{ "pré-remplissage Factur-X": `${timings.length} dépôts`, "p50 ms": round(percentile(sorted, 50)), "p95 ms": summary.prefill_p95_ms, "max ms": round(sorted.at(-1)!) }]);
  console.log(JSON.stringify(summary));
} finally {
  clearInterval(sampler);
  await database.drop();
}
