// Which PostgreSQL the commands use: DATABASE_URL when given, else the embedded server with its data in .data/.
import path from "node:path";
import { startEmbeddedPostgres, THROWAWAY_SERVER_SETTINGS } from "./embedded-postgres.ts";
import { projectRoot } from "./migrations.ts";

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

export const DEFAULT_EMBEDDED_PG_PORT = 54329;

export async function openDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({
    baseDir: process.env.EMBEDDED_PG_DATA_DIR ?? path.join(projectRoot, ".data"),
    port: Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PG_PORT),
    // EMBEDDED_PG_THROWAWAY=true: data nobody keeps (the end-to-end run's, scripts/e2e-server.ts), not waiting for the disk.
    settings: process.env.EMBEDDED_PG_THROWAWAY === "true" ? THROWAWAY_SERVER_SETTINGS : undefined,
  });
  return { url: server.url, embedded: true, stop: server.stop };
}
