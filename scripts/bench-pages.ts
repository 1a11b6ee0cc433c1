// npm run bench:pages [-- <invoices>]: the authenticated tabs as a browser gets them, from a production build
// (next build into .next-bench-pages, then the portal's own server, scripts/serve.ts, on a free port) on a throw-away
// database holding the demo data and the tracking bench's seed (10,000 suppliers, 5,000 public structures and
// 1,000,000 invoices by default, with their history). Signed-in users with sessions made as the login makes them (a
// user_sessions row with its second factor given, in next-auth's encrypted cookie): suppliers of the bench (each
// structure with an Actif mandate, so that Saisir facture opens) and public agents, half drawn uniformly, half in
// proportion to their invoices. For each page: one user at a time (p50, p95, HTML size, SQL transactions per page),
// then 10 connections for BENCH_PAGES_SECONDS (pages per second, the server's CPU milliseconds per page). The server
// runs as `npm start` runs it: one web worker per core (WEB_CONCURRENCY=1 for a single process).
// A bare page (signed in, the same layout, no data of its own) is timed first in the same run: each tab's pages/s as a
// share of it (bare_page_ratio) holds on a loaded machine where pages/s alone does not.
// Prints the figures, the last line as JSON ({"pages_per_s_min", "p95_ms_max", "per_page", "html_kb", "bare_page", …}).
// BENCH_PAGES_DATABASE_URL: an already seeded database to time again (neither seeded nor dropped; sessions are added);
// BENCH_PAGES_KEEP=1 keeps the throw-away database for that; BENCH_PAGES_SKIP_BUILD=1 serves the build already in
// .next-bench-pages (after a change, build again); BENCH_PAGES_CPU_PROF=<folder> profiles the web workers (node --cpu-prof).
// BENCH_PAGES_BASELINE=<another checkout> (e.g. `git worktree add /tmp/base <commit>`, node_modules linked): its server
// too, on the same database, loaded at the same time as this one: each tab's CPU per page on both, side by side, so
// that a change is measured against the same load on a shared machine (side_by_side in the JSON).
// BENCH_PAGES_NODE_OPTIONS: NODE_OPTIONS for this checkout's server only (with BENCH_PAGES_BASELINE=. , a flag measured
// against the same build without it).
// BENCH_PAGES_HTML_DIR=<folder>: writes each page's HTML there (its last single-user answer), to read what a page weighs.
import "./lib/load-env.ts";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { availableParallelism, loadavg } from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { seededRandom } from "../src/lib/seeded-random.ts";
import { webWorkerCount } from "../src/server/http/web-workers.ts";
import { projectRoot } from "./lib/migrations.ts";
import { freePort, startChild, waitForPort, type Child } from "./lib/processes.ts";
import { sampleUsers, trackingBenchDatabase, trackingBenchUsers } from "./lib/tracking-bench-seed.ts";
import { percentile } from "./lib/percentile.ts";

const INVOICES = Number(process.argv[2] ?? 1_000_000);
const CONNECTIONS = Number(process.env.BENCH_PAGES_CONNECTIONS ?? 10);
const LOAD_SECONDS = Number(process.env.BENCH_PAGES_SECONDS ?? 20);
const SINGLE_USER_REQUESTS = Number(process.env.BENCH_PAGES_SINGLE ?? 100);
const USERS_PER_SIDE = 20;
// BENCH_PAGES_ONLY="Rechercher,Factures reçues": those tabs only (with the bare page), to time one change quickly.
const ONLY = process.env.BENCH_PAGES_ONLY?.split(",").map((name) => name.trim());
// BENCH_PAGES_DIST_DIR: another build folder (two checkouts, or two benches, at once).
const DIST_DIR = process.env.BENCH_PAGES_DIST_DIR ?? ".next-bench-pages";
const BASELINE = process.env.BENCH_PAGES_BASELINE ? path.resolve(process.env.BENCH_PAGES_BASELINE) : null;
const SECRET = randomBytes(32).toString("base64url");
/** PostgreSQL flushes a backend's statistics at most every 10 s when it goes idle: wait that long before reading them. */
const STATS_FLUSH_MS = 11_000;

type Page = { name: string; path: string; side: "supplier" | "recipient"; marker: string; reference?: true };
const PAGES: Page[] = [
  // The reference, timed first in the same run: a page of text in the same layout, signed in (the header's session and
  // tabs, no data of its own). On a loaded machine the tabs' pages/s mean something only next to it (bare_page_ratio).
  { name: "Page nue", path: "/conditions-generales", side: "supplier", marker: "Conditions générales d&#x27;utilisation", reference: true },
  { name: "Tableau de bord", path: "/factures-emises/tableau-de-bord", side: "supplier", marker: "Tableau de bord Factures" },
  { name: "Rechercher", path: "/factures-emises/rechercher", side: "supplier", marker: "Rechercher une facture" },
  { name: "Factures reçues", path: "/factures-recues", side: "recipient", marker: "<h1>Factures reçues</h1>" },
  { name: "Saisir facture", path: "/factures-emises/saisir", side: "supplier", marker: "Nouvelle facture" },
];

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


/**
 * A signed-in browser's cookie for each user: the user_sessions row the login writes (second factor given) and the
 * token next-auth's jwt callback makes of it (src/server/auth/options.ts), encrypted with the server's secret.
 * The suppliers' structures get an Actif mandate, as a supplier who enters invoices has.
 */
async function signIn(client: pg.Client, userIds: string[], mandates: string[]): Promise<Map<string, string>> {
  await client.query(
    `INSERT INTO mandates (id, structure_id, libelle, status, created_by_id, signataire_id, signed_at)
     SELECT gen_random_uuid(), r.structure_id, 'Mandat du banc de mesure', 'ACTIF', r.user_id, r.user_id, now()
     FROM rattachements r WHERE r.user_id = ANY($1::uuid[]) AND r.status = 'ACTIF'
       AND NOT EXISTS (SELECT 1 FROM mandates m WHERE m.structure_id = r.structure_id AND m.status = 'ACTIF')`,
    [mandates],
  );
  const { rows } = await client.query<{ id: string; user_id: string; login_email: string; nom: string; prenom: string }>(
    `WITH opened AS (
       INSERT INTO user_sessions (id, user_id, second_factor_at, user_agent)
       SELECT gen_random_uuid(), u.id, now(), 'npm run bench:pages' FROM users u WHERE u.id = ANY($1::uuid[])
       RETURNING id, user_id
     )
     SELECT opened.id, opened.user_id, u.login_email, u.nom, u.prenom FROM opened JOIN users u ON u.id = opened.user_id`,
    [[...new Set(userIds)]],
  );
  const cookies = new Map<string, string>();
  for (const row of rows) {
    const token = await encode({ token: { sub: row.user_id, name: `${row.prenom} ${row.nom}`, email: row.login_email, uid: row.user_id, sid: row.id }, secret: SECRET, maxAge: 3600 });
    cookies.set(row.user_id, `next-auth.session-token=${token}`);
  }
  return cookies;
}

/** The processes of the server: its primary and the web workers it forked (one per core, or WEB_CONCURRENCY). */
function processTree(pid: number): number[] {
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) => {
    try {
      return readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
  return [pid, ...children.flatMap(processTree)];
}

/** The server's CPU time (user + system) over all its processes, in milliseconds. */
function cpuMs(pid: number): number {
  return processTree(pid).reduce((sum, process) => {
    try {
      const fields = readFileSync(`/proc/${process}/stat`, "utf8").split(") ")[1].split(" ");
      return sum + ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {
      return sum; // a worker that has just exited
    }
  }, 0);
}

/** The resident memory of the server's processes, in MB. */
function rssMb(pid: number): number {
  const kb = processTree(pid).reduce((sum, process) => {
    try {
      return sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${process}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      return sum;
    }
  }, 0);
  return Math.round(kb / 1024);
}

/** PostgreSQL's postmaster, when it runs on this machine (its backends are its children): null otherwise. */
async function postmasterPid(client: pg.Client): Promise<number | null> {
  try {
    const { rows } = await client.query<{ setting: string }>("SELECT setting FROM pg_settings WHERE name = 'data_directory'");
    return Number(readFileSync(path.join(rows[0].setting, "postmaster.pid"), "utf8").split("\n")[0]) || null;
  } catch {
    return null;
  }
}

/** Transactions committed on the database so far (each query outside a transaction counts as one). */
async function committed(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>("SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()");
  return Number(rows[0].n);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
type Answer = { status: number; bytes: number; body: string; ms: number };
function get(port: number, pagePath: string, cookie: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path: pagePath, agent, headers: { cookie, "accept-encoding": "identity" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const body = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, bytes: body.byteLength, body: body.toString("utf8"), ms: performance.now() - started });
      });
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

/** The React payload (flight data) that the HTML carries for hydration, in bytes. */
const flightBytes = (html: string) => [...html.matchAll(/<script[^>]*>(self\.__next_f\.push[\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[1]), 0);

/** The checkout's own Next.js (a build by another checkout's would load two Reacts). */
function nextBin(root = projectRoot) {
  return path.join(path.dirname(createRequire(path.join(root, "package.json")).resolve("next/package.json")), "dist", "bin", "next");
}

async function build(env: NodeJS.ProcessEnv, root = projectRoot) {
  // next build may rewrite tsconfig.json (its types folder): the checkout keeps its own.
  const tsconfig = path.join(root, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  try {
    const child = startChild(process.execPath, [nextBin(root), "build"], { name: "next build", cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
    const code = await new Promise<number | null>((resolve) => child.process.once("exit", resolve));
    if (code !== 0) throw new Error(`next build s'est arrêté avec le code ${code}.`);
  } finally {
    if (readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  }
}

/** BENCH_PAGES_BASELINE's server (built there first if its build is missing), on its own port. */
async function startBaseline(env: NodeJS.ProcessEnv): Promise<{ port: number; pid: number }> {
  const root = BASELINE!;
  if (!existsSync(path.join(root, DIST_DIR, "BUILD_ID"))) {
    console.log(`Construction de production de la référence (${root}/${DIST_DIR})…`);
    await build(env, root);
  }
  const port = await freePort();
  const baselineEnv = { ...env, PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}` };
  baselineServer = startChild(process.execPath, ["--import", "tsx", path.join(root, "scripts", "serve.ts")], { name: "next (référence)", cwd: root, env: baselineEnv, stdio: ["ignore", "ignore", "inherit"] });
  await waitForPort(port, "127.0.0.1", 120_000);
  return { port, pid: baselineServer.process.pid! };
}

const external = process.env.BENCH_PAGES_DATABASE_URL;
const database = await trackingBenchDatabase("bench_pages", external, INVOICES);
let server: Child | undefined;
let baselineServer: Child | undefined;
const stats = new pg.Client({ connectionString: database.url });
try {
  await stats.connect();
  const bench = await trackingBenchUsers(database.url);
  const next = seededRandom(2026);
  const users = { supplier: sampleUsers(bench.suppliers, USERS_PER_SIDE, next), recipient: sampleUsers(bench.recipients, USERS_PER_SIDE, next) };
  const cookies = await signIn(stats, [...users.supplier, ...users.recipient].map((u) => u.userId), users.supplier.map((u) => u.userId));
  const invoices = Number((await stats.query<{ n: string }>("SELECT count(*) AS n FROM invoices")).rows[0].n);

  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: database.url,
    NEXT_DIST_DIR: DIST_DIR,
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: `http://localhost:${port}`,
    PORT: String(port),
    // The pages send no mail: the outbox worker stays off (the demo seed's e-mails, retried against no mail server,
    // would be measured with the pages). The job worker runs, as on every instance.
    SMTP_URL: process.env.SMTP_URL ?? "smtp://127.0.0.1:9",
    DISABLE_OUTBOX_WORKER: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    // The build measured is the production one; its types are npm run lint's to check (next.config.ts).
    NEXT_BUILD_SKIP_TYPECHECK: "1",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  };
  if (process.env.BENCH_PAGES_SKIP_BUILD && existsSync(path.join(projectRoot, DIST_DIR, "BUILD_ID"))) console.log(`Construction gardée (${DIST_DIR}).`);
  else {
    console.log(`Construction de production (next build dans ${DIST_DIR})…`);
    await build(env);
  }
  // BENCH_PAGES_CPU_PROF=<folder>: each web worker writes a V8 CPU profile there when the bench stops it.
  const profile = process.env.BENCH_PAGES_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_PAGES_CPU_PROF)}`] : [];
  const serverEnv = process.env.BENCH_PAGES_NODE_OPTIONS ? { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} ${process.env.BENCH_PAGES_NODE_OPTIONS}` } : env;
  server = startChild(process.execPath, [...profile, "--import", "tsx", path.join(projectRoot, "scripts", "serve.ts")], { name: "next", cwd: projectRoot, env: serverEnv, stdio: ["ignore", "ignore", "inherit"] });
  await waitForPort(port, "127.0.0.1", 120_000);
  const pid = server.process.pid!;
  const baseline = BASELINE ? await startBaseline(env) : null;

  // The idle server's own SQL (the job runner's polling), subtracted from the pages' counts.
  const idleFrom = await committed(stats);
  await sleep(STATS_FLUSH_MS);
  const idlePerMs = ((await committed(stats)) - idleFrom) / STATS_FLUSH_MS;

  type Figures = { name: string; p50: number; p95: number; htmlKb: number; flightKb: number; sqlPerPage: number; pagesPerS: number; cpuMsPerPage: number; pgCpuMsPerPage: number | null; failures: number };
  const postgres = await postmasterPid(stats);
  const results: Figures[] = [];
  const failures = new Map<string, { count: number; first: string }>();
  const sideBySide: Record<string, { cpu_ms_per_page: number; baseline_cpu_ms_per_page: number; rss_mb: number; baseline_rss_mb: number }> = {};
  for (const page of PAGES.filter((candidate) => candidate.reference || !ONLY || ONLY.includes(candidate.name))) {
    const pageUsers = users[page.side];
    let turn = 0;
    const fetchPage = async (from = port) => {
      const user = pageUsers[turn++ % pageUsers.length];
      const answer = await get(from, page.path, cookies.get(user.userId)!);
      const ok = answer.status === 200 && answer.body.includes(page.marker);
      if (!ok) {
        const key = `${page.name} ${answer.status}`;
        const known = failures.get(key) ?? { count: 0, first: answer.body.slice(0, 300) };
        failures.set(key, { ...known, count: known.count + 1 });
      }
      return { ...answer, ok };
    };
    for (let i = 0; i < 20; i++) await Promise.all([fetchPage(), baseline && fetchPage(baseline.port)]);

    // One user at a time: the latency of a page, its weight, and its SQL.
    const sqlFrom = await committed(stats);
    const singleStarted = performance.now();
    const single: Answer[] = [];
    for (let i = 0; i < SINGLE_USER_REQUESTS; i++) single.push(await fetchPage());
    const singleMs = performance.now() - singleStarted;
    if (process.env.BENCH_PAGES_HTML_DIR) writeFileSync(path.join(process.env.BENCH_PAGES_HTML_DIR, `${page.name}.html`), single.at(-1)!.body);
    await sleep(STATS_FLUSH_MS);
    const sql = (await committed(stats)) - sqlFrom - idlePerMs * (singleMs + STATS_FLUSH_MS);

    // CONNECTIONS at once, for LOAD_SECONDS.
    let served = 0;
    let failed = 0;
    let baselineServed = 0;
    const cpuFrom = cpuMs(pid);
    const pgCpuFrom = postgres ? cpuMs(postgres) : 0;
    const baselineCpuFrom = baseline ? cpuMs(baseline.pid) : 0;
    const loadStarted = performance.now();
    const until = loadStarted + LOAD_SECONDS * 1000;
    await Promise.all([
      ...Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < until) {
          if ((await fetchPage()).ok) served++;
          else failed++;
        }
      }),
      ...Array.from({ length: baseline ? CONNECTIONS : 0 }, async () => {
        while (performance.now() < until) if ((await fetchPage(baseline!.port)).ok) baselineServed++;
      }),
    ]);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const cpu = cpuMs(pid) - cpuFrom;
    const pgCpu = postgres ? cpuMs(postgres) - pgCpuFrom : null;
    if (baseline) {
      sideBySide[page.name] = {
        cpu_ms_per_page: round(cpu / Math.max(1, served + failed)),
        baseline_cpu_ms_per_page: round((cpuMs(baseline.pid) - baselineCpuFrom) / Math.max(1, baselineServed)),
        rss_mb: rssMb(pid),
        baseline_rss_mb: rssMb(baseline.pid),
      };
    }

    const sorted = single.map((a) => a.ms).sort((a, b) => a - b);
    const figures: Figures = {
      name: page.name,
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      htmlKb: round(single.reduce((sum, a) => sum + a.bytes, 0) / single.length / 1024),
      flightKb: round(single.reduce((sum, a) => sum + flightBytes(a.body), 0) / single.length / 1024),
      sqlPerPage: round(sql / SINGLE_USER_REQUESTS),
      pagesPerS: round(served / loadSeconds),
      cpuMsPerPage: round(cpu / Math.max(1, served + failed)),
      // With BENCH_PAGES_BASELINE, PostgreSQL also served the other server's pages.
      pgCpuMsPerPage: pgCpu === null ? null : round(pgCpu / Math.max(1, served + failed + baselineServed)),
      failures: failed,
    };
    results.push(figures);
    const pair = sideBySide[page.name];
    if (pair) console.log(`${page.name}, côte à côte : ${pair.cpu_ms_per_page} ms de CPU par page ici, ${pair.baseline_cpu_ms_per_page} pour la référence ; ${pair.rss_mb} Mo de mémoire ici, ${pair.baseline_rss_mb} pour la référence.`);
    console.log(
      `${page.name} : ${figures.pagesPerS} pages/s à ${CONNECTIONS} connexions, p95 ${figures.p95} ms seul, ${figures.htmlKb} Ko de HTML (dont ${figures.flightKb} Ko de données React), ${figures.sqlPerPage} transactions SQL et ${figures.cpuMsPerPage} ms de CPU du serveur par page${figures.pgCpuMsPerPage === null ? "" : ` (${figures.pgCpuMsPerPage} ms de PostgreSQL)`}.`,
    );
  }
  const [load1] = loadavg();
  console.table(
    results.map((r) => ({
      page: r.name,
      "pages/s": r.pagesPerS,
      "p50 ms": r.p50,
      "p95 ms": r.p95,
      "HTML Ko": r.htmlKb,
      "dont React Ko": r.flightKb,
      "SQL / page": r.sqlPerPage,
      "CPU ms / page": r.cpuMsPerPage,
      "PostgreSQL ms / page": r.pgCpuMsPerPage,
      échecs: r.failures,
    })),
  );
  for (const [key, { count, first }] of failures) console.log(`Échecs ${key} : ${count} (le premier : ${first.replace(/\s+/g, " ")})`);
  const reference = results.find((r) => PAGES.find((p) => p.name === r.name)?.reference);
  const tabs = results.filter((r) => r !== reference);
  const byName = (pick: (r: Figures) => number) => Object.fromEntries(tabs.map((r) => [r.name, pick(r)]));
  console.log(
    JSON.stringify({
      pages_per_s_min: Math.min(...tabs.map((r) => r.pagesPerS)),
      p95_ms_max: Math.max(...tabs.map((r) => r.p95)),
      per_page: Object.fromEntries(tabs.map((r) => [r.name, { pages_per_s: r.pagesPerS, p50_ms: r.p50, p95_ms: r.p95, sql_per_page: r.sqlPerPage, cpu_ms_per_page: r.cpuMsPerPage, pg_cpu_ms_per_page: r.pgCpuMsPerPage }])),
      html_kb: byName((r) => r.htmlKb),
      react_payload_kb: byName((r) => r.flightKb),
      // Each tab's pages/s as a share of the bare page's, measured in this run (the machine's load cancels out).
      bare_page: reference ? { pages_per_s: reference.pagesPerS, p95_ms: reference.p95, html_kb: reference.htmlKb, sql_per_page: reference.sqlPerPage, cpu_ms_per_page: reference.cpuMsPerPage } : null,
      bare_page_ratio: reference ? byName((r) => round(r.pagesPerS / reference.pagesPerS, 2)) : null,
      failures: [...failures.values()].reduce((sum, f) => sum + f.count, 0),
      connections: CONNECTIONS,
      web_workers: webWorkerCount(process.env.WEB_CONCURRENCY, availableParallelism(), false),
      load_average_1m: round(load1, 2),
      ...(BASELINE ? { side_by_side: { baseline: BASELINE, ...sideBySide } } : {}),
      n: invoices,
    }),
  );
} finally {
  agent.destroy();
  await server?.stop();
  await baselineServer?.stop();
  await stats.end().catch(() => {});
  if (process.env.BENCH_PAGES_KEEP && !external) console.log(`Base gardée (BENCH_PAGES_KEEP) : BENCH_PAGES_DATABASE_URL=${database.url}`);
  else await database.drop();
}
