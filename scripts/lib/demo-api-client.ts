// npm start in demo mode: the demo's ready API client (prisma/seed/seed-demo-api-client.ts), handed out in
// .data/demo-api-client.json ({"client_id", "client_secret", "token_url"}, the demo's data folder, git-ignored).
// The database is reached with the seed's own client, not an area's index.ts (which reaches src/server/db.ts).
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { seedDemoApiClient } from "../../prisma/seed/seed-demo-api-client.ts";
import { createPrismaClient } from "../../src/server/prisma-client.ts";
import { projectRoot } from "./migrations.ts";

export const DEMO_API_CLIENT_FILE = path.join(projectRoot, ".data", "demo-api-client.json");

export type DemoApiClientFile = { client_id: string; client_secret: string; token_url: string };

function previous(file: string): Partial<DemoApiClientFile> {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Partial<DemoApiClientFile>) : {};
  } catch {
    return {};
  }
}

/** The demo API client of this database, written to the file (only readable by its owner); null without CHORUS SOCIETE. */
export async function ensureDemoApiClient(databaseUrl: string, publicUrl: string, file = DEMO_API_CLIENT_FILE): Promise<(DemoApiClientFile & { rotated: boolean }) | null> {
  const known = previous(file);
  const client = createPrismaClient(databaseUrl, 1);
  try {
    const demo = await seedDemoApiClient(client, { clientId: known.client_id, clientSecret: known.client_secret });
    if (!demo) return null;
    const content: DemoApiClientFile = { client_id: demo.clientId, client_secret: demo.clientSecret, token_url: `${publicUrl.replace(/\/$/, "")}/api/oauth/token` };
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
    return { ...content, rotated: demo.rotated };
  } finally {
    await client.$disconnect();
  }
}
