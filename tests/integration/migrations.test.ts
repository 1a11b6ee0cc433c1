import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, projectRoot, schemaDrift } from "../../scripts/lib/migrations.ts";

const migrationNames = readdirSync(path.join(projectRoot, "prisma", "migrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("migrations on an empty database", () => {
  const database = `portail_test_empty_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
  const url = new URL(inject("adminDatabaseUrl"));
  url.pathname = `/${database}`;

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  });

  it("applies every migration, in order, then none the second time", async () => {
    expect(await applyMigrations(url.toString())).toEqual(migrationNames);
    expect(await applyMigrations(url.toString())).toEqual([]);

    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const recorded = await client.query("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name");
    const tables = await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    await client.end();
    expect(recorded.rows.map((row) => row.migration_name)).toEqual(migrationNames);
    expect(tables.rows.map((row) => row.table_name)).toEqual(expect.arrayContaining(["users", "structures", "rattachements", "login_throttles"]));
    // Every migration twice through the WASM schema engine: seconds alone, more while the other test files run.
  }, 120_000);

  it("leaves nothing of schema.prisma out of the migrations", async () => {
    expect(await schemaDrift(url.toString())).toBe("");
  });
});
