// npm run bench:health [-- <invoices>]: how fast GET /api/health answers while the portal works hard. The production
// server of the end-to-end tests (next build + the server of npm start, on a database of its own) is started; in a
// real browser LE FOURNISSEUR deposits a batch of 3,000 generated invoices (by default) and two PDF bombs, while
// /api/health is asked every 25 ms. Prints the figures per phase, the last line as JSON
// {"health_p95_ms": …, "health_max_ms": …, "n": …} (over the batch and the bombs).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { percentile } from "./lib/percentile.ts";

const invoices = process.argv[2] ?? "3000";
const folder = mkdtempSync(path.join(tmpdir(), "bench-health-"));
const out = path.join(folder, "mesures.json");
const root = path.resolve(import.meta.dirname, "..");

const result = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", "e2e.ts"), "--config", path.join(root, "scripts", "bench-health", "playwright.config.ts")], {
  cwd: root,
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, BENCH_HEALTH_OUT: out, BENCH_HEALTH_INVOICES: invoices, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-bench-health" },
});
if (result.status !== 0 || !existsSync(out)) {
  console.error("Le banc de mesure a échoué : voir ci-dessus.");
  process.exit(1);
}
type Sample = { phase: string; ms: number; status: number };
const { samples } = JSON.parse(readFileSync(out, "utf8")) as { invoices: number; samples: Sample[] };
rmSync(folder, { recursive: true, force: true });

const round = (value: number) => Math.round(value * 10) / 10;
const figures = (list: Sample[]) => {
  const sorted = list.map((sample) => sample.ms).sort((a, b) => a - b);
  return { n: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1) ?? 0) };
};
for (const phase of ["repos", "lot", "bombe-pdf", "apres"]) {
  const f = figures(samples.filter((sample) => sample.phase === phase));
  console.log(`${phase.padEnd(10)} ${String(f.n).padStart(5)} requêtes  p50 ${f.p50} ms  p95 ${f.p95} ms  max ${f.max} ms`);
}
const loaded = figures(samples.filter((sample) => sample.phase === "lot" || sample.phase === "bombe-pdf"));
console.log(`Dépôts (${invoices} factures en lot, 2 bombes PDF) : /api/health p95 ${loaded.p95} ms, max ${loaded.max} ms sur ${loaded.n} requêtes.`);
console.log(JSON.stringify({ health_p95_ms: loaded.p95, health_max_ms: loaded.max, n: loaded.n }));
