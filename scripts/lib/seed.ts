import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEMO_INVOICE_SUPPLIER } from "../../prisma/seed/demo-invoices.ts";
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
    const accounts = await seedDemoData(client, { demoPassword: password, excludeIdentifiers });
    // The demo's invoices need its accounts (demo mode) and CHORUS SOCIETE (left out by the end-to-end tests).
    if (password && !excludeIdentifiers?.includes(DEMO_INVOICE_SUPPLIER)) await seedInvoices(url);
    // The demo works marché (issue 14): its parties are demo accounts, and the end-to-end journey of works builds on it.
    if (password) await seedWorks(url);
    return accounts;
  } finally {
    await client.$disconnect();
  }
}

/** The demo works marché's first statement, played through the use cases like the invoices (same database check). */
async function seedWorks(url: string) {
  process.env.DATABASE_URL = url;
  const { db } = await import("../../src/server/db.ts");
  const [{ name }] = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
  if (name !== decodeURIComponent(new URL(url).pathname.slice(1) || "postgres")) throw new Error(`Le marché de travaux de démonstration irait dans la base « ${name} » au lieu de ${url}.`);
  const { seedDemoWorks } = await import("../../prisma/seed/seed-demo-works.ts");
  await seedDemoWorks();
}

/**
 * The living demo's invoices, played through the use cases, which reach the database through src/server/db.ts: its
 * client is made from DATABASE_URL when the module first loads, so DATABASE_URL names this database first (the
 * benches and npm start point it there next anyway), and a client already made for another database refuses.
 */
async function seedInvoices(url: string) {
  process.env.DATABASE_URL = url;
  const { db } = await import("../../src/server/db.ts");
  const [{ name }] = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
  if (name !== decodeURIComponent(new URL(url).pathname.slice(1) || "postgres")) throw new Error(`Les factures de démonstration iraient dans la base « ${name} » au lieu de ${url}.`);
  const { seedDemoInvoices } = await import("../../prisma/seed/seed-demo-invoices.ts");
  const report = await seedDemoInvoices();
  for (const skipped of report?.skipped ?? []) console.warn(`Facture de démonstration laissée en l'état : ${skipped}`);
}
