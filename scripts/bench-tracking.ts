// npm run bench:tracking [-- <invoices>]: times the invoices' follow-up on a throw-away database holding the demo
// data and a bench seed of 10,000 suppliers, 5,000 public structures and 1,000,000 invoices (by default) with their
// history: the supplier's "Tableau de bord", a "Rechercher" (état + dates de dépôt + montant minimum, first page) and
// the recipient's "Factures reçues" (first page, newest first), each through its use case for 200 users after a
// warm-up, and the buyer's "Tableau de bord" of Factures reçues likewise (its tiles and its délai de paiement counts). Half the users are drawn uniformly, half in
// proportion to their invoices (busy structures consult more). Then the CSV export of Factures reçues of 10,000 invoices
// (the busiest recipient's, streamed: its time and the peak RSS growth while it runs, memory staying flat).
// Prints the figures, the last line as JSON ({"p95_ms": the slowest p95, …}).
// BENCH_TRACKING_DATABASE_URL: an already seeded database to time again (neither seeded nor dropped).
import "./lib/load-env.ts";
import type { InvoiceStatus } from "../src/generated/prisma/enums.ts";
import { seededRandom } from "../src/lib/seeded-random.ts";
import { sampleUsers, trackingBenchDatabase, trackingBenchUsers, type TrackingBenchUser } from "./lib/tracking-bench-seed.ts";
import { percentile } from "./lib/percentile.ts";

const INVOICES = Number(process.argv[2] ?? 1_000_000);
const USERS = 200;
const WARM_UP = 30;


const SEARCHED_STATUSES: InvoiceStatus[] = ["MISE_A_DISPOSITION", "MISE_EN_PAIEMENT", "REJETEE", "SUSPENDUE", "SERVICE_FAIT", "COMPTABILISEE"];
const day = (date: Date) => date.toISOString().slice(0, 10);

/** "Rechercher": an état, a window of one to six months of dépôt within the two years, a minimum amount. */
function searchCriteria(next: () => number) {
  const end = new Date(Date.now() - next() * 600 * 86_400_000);
  const start = new Date(end.getTime() - (30 + Math.floor(next() * 150)) * 86_400_000);
  return {
    statut: SEARCHED_STATUSES[Math.floor(next() * SEARCHED_STATUSES.length)],
    depotDu: day(start),
    depotAu: day(end),
    montantMin: ["100", "500", "1000", "5000"][Math.floor(next() * 4)],
  };
}

const ms = (value: number) => Math.round(value * 100) / 100;

/** One query: the users it is timed for, those of its warm-up, and the call (returning how many invoices it found). */
type Measure = { name: string; users: TrackingBenchUser[]; warmUp: TrackingBenchUser[]; run: (user: TrackingBenchUser, i: number) => Promise<number> };
type Figures = { name: string; timings: number[]; found: number[]; invoices: number[] };

async function measure({ name, users, warmUp, run }: Measure): Promise<Figures> {
  for (const [i, user] of warmUp.entries()) await run(user, USERS + i);
  const figures: Figures = { name, timings: [], found: [], invoices: [] };
  for (const [i, user] of users.entries()) {
    const started = performance.now();
    const found = await run(user, i);
    figures.timings.push(performance.now() - started);
    figures.found.push(found);
    figures.invoices.push(user.invoices);
  }
  return figures;
}

const external = process.env.BENCH_TRACKING_DATABASE_URL;
const database = await trackingBenchDatabase("bench_tracking", external, INVOICES);
try {
  const bench = await trackingBenchUsers(database.url);
  const invoices = bench.suppliers.reduce((sum, user) => sum + user.invoices, 0);

  // The use cases read DATABASE_URL when their modules load: point it at the database first.
  process.env.DATABASE_URL = database.url;
  const { getSupplierDashboard, searchSupplierInvoices } = await import("../src/features/invoices/tracking/index.ts");
  const { countPaymentDeadlines, getReceivedDashboard, listReceivedInvoices, RECEIVED_CSV_HEADERS, receivedCsvCells, streamReceivedInvoices } = await import(
    "../src/features/invoices/received/index.ts"
  );
  const { csvStream } = await import("../src/lib/csv.ts");
  const { db } = await import("../src/server/db.ts");

  // Seeded: the same users and criteria at every run.
  const next = seededRandom(2026);
  const criteria = Array.from({ length: USERS + WARM_UP }, () => searchCriteria(next));
  const users = (population: TrackingBenchUser[]) => ({ users: sampleUsers(population, USERS, next), warmUp: sampleUsers(population, WARM_UP, next) });
  const measures: Measure[] = [
    {
      name: "Tableau de bord (fournisseur)",
      ...users(bench.suppliers),
      run: async (user) => (await getSupplierDashboard({ userId: user.userId })).total,
    },
    {
      name: "Rechercher (état + dates + montant min)",
      ...users(bench.suppliers),
      run: async (user, i) => (await searchSupplierInvoices({ userId: user.userId, criteria: criteria[i] })).total,
    },
    {
      name: "Factures reçues (1re page, par date)",
      ...users(bench.recipients),
      run: async (user) => (await listReceivedInvoices({ userId: user.userId, filters: {} })).total,
    },
    {
      name: "Tableau de bord (destinataire)",
      ...users(bench.recipients),
      // As its page reads it: the tiles' aggregate and the délai de paiement's two counts (their partial index), at once.
      run: async (user) => (await Promise.all([getReceivedDashboard({ userId: user.userId }), countPaymentDeadlines({ userId: user.userId })]))[0].total,
    },
  ];
  const results: Figures[] = [];
  for (const entry of measures) results.push(await measure(entry));

  /** « Exporter (CSV) » of Factures reçues: EXPORT_ROWS lines of the busiest recipient, read through the stream as a client would. */
  const EXPORT_ROWS = 10_000;
  async function timeExport() {
    const busiest = bench.recipients.reduce((a, b) => (b.invoices > a.invoices ? b : a));
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
    const started = performance.now();
    const rows = await streamReceivedInvoices({ userId: busiest.userId, filters: {} });
    async function* cells() {
      for await (const row of rows) yield receivedCsvCells(row);
    }
    const reader = csvStream({ headers: RECEIVED_CSV_HEADERS, rows: cells(), maxRows: EXPORT_ROWS }).getReader();
    let bytes = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
    const ms = performance.now() - started;
    clearInterval(sampler);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    return { ms, bytes, rssDeltaMb: (rssPeak - rssBefore) / 1024 / 1024, invoices: Math.min(EXPORT_ROWS, busiest.invoices) };
  }
  await timeExport();
  const exported = await timeExport();
  console.log(
    `Export CSV de Factures reçues : ${exported.invoices} factures, ${(exported.bytes / 1024 / 1024).toFixed(1)} Mo en ${(exported.ms / 1000).toFixed(2)} s, RSS +${exported.rssDeltaMb.toFixed(1)} Mo au plus.`,
  );
  await db.$disconnect();

  const p95 = (figures: Figures) => ms(percentile([...figures.timings].sort((a, b) => a - b), 95));
  console.table(
    results.map((figures) => {
      const sorted = [...figures.timings].sort((a, b) => a - b);
      const average = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) / values.length);
      return {
        requête: figures.name,
        n: sorted.length,
        "p50 ms": ms(percentile(sorted, 50)),
        "p95 ms": ms(percentile(sorted, 95)),
        "max ms": ms(sorted.at(-1)!),
        "factures de la structure (moy. / max)": `${average(figures.invoices)} / ${Math.max(...figures.invoices)}`,
        "résultats (moy.)": average(figures.found),
      };
    }),
  );
  const [dashboard, search, received, receivedDashboard] = results.map(p95);
  console.log(
    JSON.stringify({
      p95_ms: Math.max(dashboard, search, received, receivedDashboard),
      dashboard_p95_ms: dashboard,
      search_p95_ms: search,
      received_list_p95_ms: received,
      received_dashboard_p95_ms: receivedDashboard,
      received_export_invoices: exported.invoices,
      received_export_s: ms(exported.ms / 1000),
      received_export_rss_delta_mb: ms(exported.rssDeltaMb),
      n: USERS,
      invoices,
    }),
  );
} finally {
  await database.drop();
}
