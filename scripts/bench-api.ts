// npm run bench:api: the API under load on a throw-away database holding the demo data and the tracking bench's seed
// (10,000 suppliers, 5,000 public structures, BENCH_INVOICES invoices, 1,000,000 by default, with their history).
// 10 clients, each an application of its own supplier's technical account with its own token, call the app's route
// handlers in process (the very route files Next serves): first read calls for BENCH_READ_SECONDS (a search of the
// supplier's invoices, rechercher/fournisseur, or one invoice of a previous answer, consulter/fournisseur), then
// soumettre for BENCH_SUBMIT_SECONDS. Prints the figures, the last line as JSON
// ({"reads_per_s", "reads_p95_ms", "submits_per_s", "n": invoices in the database}).
// BENCH_API_DATABASE_URL: an already seeded database to time again (neither seeded nor dropped; clients are added);
// BENCH_API_KEEP=1 keeps the throw-away database for that (its URL printed).
import "./lib/load-env.ts";
import { randomBytes } from "node:crypto";
import { seededRandom } from "../src/lib/seeded-random.ts";
import { createBenchApiClients, type BenchApiClient, type BenchRecipient } from "./lib/api-bench-clients.ts";
import { trackingBenchDatabase } from "./lib/tracking-bench-seed.ts";
import { percentile } from "./lib/percentile.ts";

const INVOICES = Number(process.env.BENCH_INVOICES ?? 1_000_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10);
const READ_SECONDS = Number(process.env.BENCH_READ_SECONDS ?? 30);
const SUBMIT_SECONDS = Number(process.env.BENCH_SUBMIT_SECONDS ?? 15);
const WARM_UP_SECONDS = 3;
// The rate limit is per client (1,200 a minute by default): the bench measures the server, not the limit.
process.env.API_RATE_LIMIT_PER_MINUTE = "100000000";
// Every call is logged at info level; the bench's own output would drown in it.
process.env.LOG_LEVEL ??= "warn";
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");

type Handler = (request: Request) => Promise<Response>;
type Timing = { operation: string; ms: number; status: number };
/** The refusals and failures met (a call that fails is counted, not timed as a success), with the first of each. */
const failures = new Map<string, { count: number; first: string }>();

const round = (value: number) => Math.round(value * 100) / 100;
const day = (date: Date) => date.toISOString().slice(0, 10);

const external = process.env.BENCH_API_DATABASE_URL;
const database = await trackingBenchDatabase("bench_api", external, INVOICES);
try {
  const { clients, recipients } = await createBenchApiClients(database.url, CLIENTS);
  const invoices = await countInvoices(database.url);

  // The route handlers read DATABASE_URL when their modules load: point it at the database first.
  process.env.DATABASE_URL = database.url;
  const route = async (path: string) => (await import(`../src/app${path}/route.ts`)).POST as Handler;
  const handlers = {
    token: await route("/api/oauth/token"),
    rechercher: await route("/api/v1/factures/rechercher/fournisseur"),
    consulter: await route("/api/v1/factures/consulter/fournisseur"),
    soumettre: await route("/api/v1/factures/soumettre"),
  };
  const { db } = await import("../src/server/db.ts");

  const tokens = await Promise.all(clients.map((client) => tokenOf(handlers.token, client)));
  const next = seededRandom(2026);
  const call = async (timings: Timing[] | null, operation: keyof typeof handlers, token: string, body: unknown) => {
    const started = performance.now();
    const response = await handlers[operation](
      new Request(`http://localhost/api/v1/${operation}`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) }),
    );
    const answer = await response.text();
    if (response.status >= 300) {
      const key = `${operation} ${response.status}`;
      const known = failures.get(key) ?? { count: 0, first: answer.slice(0, 300) };
      failures.set(key, { ...known, count: known.count + 1 });
      return null;
    }
    timings?.push({ operation, ms: performance.now() - started, status: response.status });
    return JSON.parse(answer) as Record<string, unknown>;
  };

  // Reads: each client searches its invoices (criteria of « Rechercher », a page of 20, sometimes the next one) or
  // opens one invoice of an answer it had.
  const readLoop = async (timings: Timing[] | null, seconds: number) => {
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      clients.map(async (_, c) => {
        const seen: string[] = [];
        let cursor: string | null = null;
        while (performance.now() < until) {
          if (seen.length > 0 && next() < 0.5) {
            await call(timings, "consulter", tokens[c], { idFacture: seen[Math.floor(next() * seen.length)] });
            continue;
          }
          const body: Record<string, unknown> = cursor && next() < 0.3 ? { curseur: cursor } : searchCriteria(next);
          const page = (await call(timings, "rechercher", tokens[c], { ...body, nombreResultats: 20 })) as { resultats: { idFacture: string }[]; curseurSuivant: string | null } | null;
          if (!page) continue;
          cursor = page.curseurSuivant;
          for (const row of page.resultats.slice(0, 5)) seen.push(row.idFacture);
          if (seen.length > 200) seen.splice(0, seen.length - 200);
        }
      }),
    );
  };

  console.log(`${clients.length} clients (factures de leur structure : ${clients.map((c) => c.invoices).join(", ")}) ; lectures pendant ${READ_SECONDS} s…`);
  await readLoop(null, WARM_UP_SECONDS);
  const reads: Timing[] = [];
  const readsStarted = performance.now();
  const readsCpu = process.cpuUsage();
  await readLoop(reads, READ_SECONDS);
  const readsSeconds = (performance.now() - readsStarted) / 1000;
  // Where the time goes: this process's CPU (the app's JavaScript: routes, zod, Prisma's client) per read call.
  const cpu = process.cpuUsage(readsCpu);
  console.log(`CPU du processus (l'application) : ${round((cpu.user + cpu.system) / 1000 / Math.max(1, reads.length))} ms par lecture, ${Math.round(((cpu.user + cpu.system) / 10_000) / readsSeconds)} % d'un cœur.`);

  console.log(`soumettre pendant ${SUBMIT_SECONDS} s…`);
  const submits: Timing[] = [];
  const submitsStarted = performance.now();
  const submitUntil = submitsStarted + SUBMIT_SECONDS * 1000;
  await Promise.all(
    clients.map(async (client, c) => {
      for (let n = 0; performance.now() < submitUntil; n++) {
        await call(submits, "soumettre", tokens[c], invoiceBody(client, recipients[(c * 7 + n) % recipients.length], `BA${c}-${n}-${randomBytes(3).toString("hex")}`));
      }
    }),
  );
  const submitsSeconds = (performance.now() - submitsStarted) / 1000;
  await db.$disconnect();

  const figures = (operation: string, timings: Timing[], seconds: number) => {
    const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
    return { opération: operation, appels: sorted.length, "par s": round(sorted.length / seconds), "p50 ms": round(percentile(sorted, 50)), "p95 ms": round(percentile(sorted, 95)), "p99 ms": round(percentile(sorted, 99)), "max ms": round(sorted.at(-1) ?? NaN) };
  };
  console.table([
    figures("rechercher/fournisseur", reads.filter((t) => t.operation === "rechercher"), readsSeconds),
    figures("consulter/fournisseur", reads.filter((t) => t.operation === "consulter"), readsSeconds),
    figures("lectures (les deux)", reads, readsSeconds),
    figures("soumettre", submits, submitsSeconds),
  ]);
  for (const [key, { count, first }] of failures) console.log(`Échecs ${key} : ${count} (le premier : ${first})`);
  const readsSorted = reads.map((t) => t.ms).sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      reads_per_s: round(reads.length / readsSeconds),
      reads_p95_ms: round(percentile(readsSorted, 95)),
      submits_per_s: round(submits.length / submitsSeconds),
      n: invoices,
    }),
  );
} finally {
  if (process.env.BENCH_API_KEEP && !external) console.log(`Base gardée (BENCH_API_KEEP) : BENCH_API_DATABASE_URL=${database.url}`);
  else await database.drop();
}

async function countInvoices(url: string): Promise<number> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM invoices")).rows[0].n;
  } finally {
    await client.end();
  }
}

async function tokenOf(token: Handler, client: BenchApiClient): Promise<string> {
  const response = await token(
    new Request("http://localhost/api/oauth/token", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString("base64")}` },
      body: "grant_type=client_credentials",
    }),
  );
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`Jeton refusé : ${response.status} ${JSON.stringify(body)}`);
  return body.access_token;
}

/** « Rechercher » as users use it: nothing (the newest first), an état, a window of dépôt, a number's start, an amount. */
function searchCriteria(next: () => number): Record<string, unknown> {
  const draw = next();
  if (draw < 0.3) return {};
  if (draw < 0.5) return { statut: ["MISE_A_DISPOSITION", "MISE_EN_PAIEMENT", "REJETEE", "SUSPENDUE", "SERVICE_FAIT"][Math.floor(next() * 5)] };
  if (draw < 0.7) {
    const end = new Date(Date.now() - next() * 600 * 86_400_000);
    return { depotDu: day(new Date(end.getTime() - (30 + Math.floor(next() * 150)) * 86_400_000)), depotAu: day(end) };
  }
  if (draw < 0.85) return { numero: `FB00${Math.floor(next() * 90 + 10)}` };
  return { montantMin: ["100", "1000", "5000"][Math.floor(next() * 3)], tri: "montant", ordre: "desc" };
}

/** A minimal invoice of « Saisir facture »: one line, paid by cheque (no bank account needed). */
function invoiceBody(client: BenchApiClient, recipient: BenchRecipient, number: string) {
  return {
    supplierStructureId: client.structureId,
    recipientStructureId: recipient.structureId,
    recipientServiceId: recipient.serviceId,
    cadre: "A1",
    type: "FACTURE",
    vatRegime: "DEBITS",
    paymentMode: "CHEQUE",
    engagementNumber: "91821",
    invoiceNumber: number,
    invoiceDate: day(new Date()),
    lines: [{ denomination: "Prestation de banc de mesure", quantity: "3", unit: "C62", unitPriceNet: "125.50", vatRate: "20" }],
  };
}
