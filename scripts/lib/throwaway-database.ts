// A fresh database for a benchmark: a new one on DATABASE_URL's server, or an embedded server in a temporary folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";
import { freePort } from "./processes.ts";

export type ThrowawayDatabase = { url: string; drop: () => Promise<void> };

export async function throwawayDatabase(label: string): Promise<ThrowawayDatabase> {
  if (process.env.DATABASE_URL) {
    const name = `portail_${label}_${process.pid}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      drop: async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const baseDir = mkdtempSync(path.join(tmpdir(), `portail-${label}-`));
  const server = await startEmbeddedPostgres({ baseDir, port: await freePort() });
  return {
    url: server.url,
    drop: async () => {
      await server.stop();
      rmSync(baseDir, { recursive: true, force: true });
    },
  };
}
