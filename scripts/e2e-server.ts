// The server of the end-to-end tests: `npm start` itself, on a database of its own (a fresh embedded one,
// or a new database on the DATABASE_URL server), with its own mail catcher ports.
import "./lib/load-env.ts";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

if (process.env.DATABASE_URL) {
  const database = `portail_e2e_${Date.now()}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${database}`;
  process.env.DATABASE_URL = url.toString();
} else {
  const dataDir = mkdtempSync(path.join(tmpdir(), "portail-e2e-"));
  process.env.EMBEDDED_PG_DATA_DIR = dataDir;
  // Thrown away after the run: the server does not wait for the disk (the seed and every journey's commits).
  process.env.EMBEDDED_PG_THROWAWAY = "true";
  // start.ts stops PostgreSQL before it exits; then its throw-away data can go.
  process.on("exit", () => rmSync(dataDir, { recursive: true, force: true }));
}
// npm test checked the types (npm run lint) before the journeys: the build does not check them again (about a minute).
process.env.NEXT_BUILD_SKIP_TYPECHECK ??= "1";
await import("./start.ts");
