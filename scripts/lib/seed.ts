import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { seedDemoData, type DemoAccount } from "../../prisma/seed/seed-demo-data.ts";
import { resolveDemoMode } from "../../src/server/demo-mode.ts";
import { createPrismaClient } from "../../src/server/prisma-client.ts";
import { projectRoot } from "./migrations.ts";

/** The password of the demo accounts, which exist only in demo mode (DEMO_MODE): DEMO_PASSWORD, else a fixed one. */
export function demoPassword(): string | undefined {
  if (!resolveDemoMode(process.env)) return undefined;
  return process.env.DEMO_PASSWORD || "Portail-Demo-2026!";
}

export async function seedDatabase(url: string, password = demoPassword()): Promise<DemoAccount[]> {
  // The demo accounts' second factor is sealed with the app's key: NEXTAUTH_SECRET, else the one `npm start` keeps in .data/.
  const keyFile = path.join(projectRoot, ".data", "auth-secret");
  if (!process.env.NEXTAUTH_SECRET && existsSync(keyFile)) process.env.NEXTAUTH_SECRET = readFileSync(keyFile, "utf8").trim();
  const client = createPrismaClient(url, 2);
  try {
    // DEMO_SEED_EXCLUDE: identifiers of demo structures to leave out (the end-to-end tests create CHORUS SOCIETE themselves).
    const excludeIdentifiers = process.env.DEMO_SEED_EXCLUDE?.split(",").map((id) => id.trim()).filter(Boolean);
    return await seedDemoData(client, { demoPassword: password, excludeIdentifiers });
  } finally {
    await client.$disconnect();
  }
}
