import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, THROWAWAY_SERVER_SETTINGS, type EmbeddedPostgres } from "../../scripts/lib/embedded-postgres.ts";
import { applyMigrations } from "../../scripts/lib/migrations.ts";
import { freePort } from "../../scripts/lib/processes.ts";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

function withDatabase(url: string, database: string) {
  const copy = new URL(url);
  copy.pathname = `/${database}`;
  return copy.toString();
}

export default async function setup(project: TestProject) {
  let server: EmbeddedPostgres | undefined;
  let baseDir: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    baseDir = mkdtempSync(path.join(tmpdir(), "portail-tests-"));
    // A throw-away server, which does not wait for the disk: about a third off the integration tests' time. No test
    // stops or crashes the server itself; the CI's second run, on the machine's PostgreSQL (fsync on), proves the
    // migrations, the job queue and the batch deposit on a durable server.
    server = await startEmbeddedPostgres({ baseDir, port: await freePort(), database: "postgres", settings: THROWAWAY_SERVER_SETTINGS });
    adminUrl = server.url;
  }
  console.log(`Tests sur PostgreSQL ${server ? "embarqué" : `de DATABASE_URL (${new URL(adminUrl).host})`}`);

  const template = `portail_test_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${template}"`);
  await admin.query(`CREATE DATABASE "${template}"`);
  await applyMigrations(withDatabase(adminUrl, template));

  project.provide("adminDatabaseUrl", adminUrl);
  project.provide("templateDatabase", template);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await admin.end();
    await server?.stop();
    if (baseDir) rmSync(baseDir, { recursive: true, force: true });
  };
}
