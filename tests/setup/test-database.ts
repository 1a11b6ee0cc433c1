// Runs before each test file: gives it a database of its own, copied from the migrated template,
// so that no two files share state; dropped when the file is done.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

const adminUrl = inject("adminDatabaseUrl");
const database = `portail_test_${randomBytes(6).toString("hex")}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
// Copies of one template made at the same time by two workers can collide ("being accessed by other users"): retry.
for (let attempt = 1; ; attempt++) {
  try {
    await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${inject("templateDatabase")}"`);
    break;
  } catch (error) {
    if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
}

const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();

afterAll(async () => {
  const { db } = await import("@/server/db.ts");
  await db.$disconnect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
});
