import { seedDemoData, type DemoAccount } from "../../prisma/seed/seed-demo-data.ts";
import { createPrismaClient } from "../../src/server/prisma-client.ts";

/** The password of the demo accounts: DEMO_PASSWORD, else a fixed one, except in production where it must be asked for. */
export function demoPassword(): string | undefined {
  if (process.env.DEMO_PASSWORD) return process.env.DEMO_PASSWORD;
  return process.env.NODE_ENV === "production" ? undefined : "Portail-Demo-2026!";
}

export async function seedDatabase(url: string, password = demoPassword()): Promise<DemoAccount[]> {
  const client = createPrismaClient(url, 2);
  try {
    // DEMO_SEED_EXCLUDE: identifiers of demo structures to leave out (the end-to-end tests create CHORUS SOCIETE themselves).
    const excludeIdentifiers = process.env.DEMO_SEED_EXCLUDE?.split(",").map((id) => id.trim()).filter(Boolean);
    return await seedDemoData(client, { demoPassword: password, excludeIdentifiers });
  } finally {
    await client.$disconnect();
  }
}
