// Migrations without Prisma's native schema engine (it cannot be downloaded here): the same engine,
// compiled to WebAssembly, applies prisma/migrations/ and keeps Prisma's own _prisma_migrations table,
// so `prisma migrate deploy` on a machine with internet sees the same history.
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as runtime from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..");
const migrationsDir = path.join(projectRoot, "prisma", "migrations");
const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");
const filters = { externalTables: [], externalEnums: [] };

let wasmStarted = false;
function startWasm() {
  if (wasmStarted) return;
  const require = createRequire(import.meta.url);
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": runtime as unknown as WebAssembly.ModuleImports });
  runtime.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  wasmStarted = true;
}

async function withEngine<T>(connectionString: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  startWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  const engine = await runtime.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}

function migrationsList(): MigrationList {
  const directories = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => ({
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") } },
    })),
  } as MigrationList;
}

/** Applies the pending migrations of prisma/migrations/ and returns their names. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  return withEngine(connectionString, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    return result.appliedMigrationNames;
  });
}

// Each migration folder keeps a copy of schema.prisma as it was when the migration was written: the next
// migration is the difference between that copy and the current schema. (Diffing against a database would
// need introspection, which the WebAssembly engine cannot do through the pg adapter: it fails on PostgreSQL's
// internal "char" columns.)
const SNAPSHOT = "schema.snapshot.prisma";

function latestSnapshot(): string | null {
  const last = migrationsList().migrationDirectories.at(-1);
  if (!last) return null;
  const file = path.join(migrationsDir, last.path, SNAPSHOT);
  if (!existsSync(file)) throw new Error(`${file} manque : impossible de calculer la prochaine migration.`);
  return readFileSync(file, "utf8");
}

async function diffFromLatestMigration(engine: SchemaEngine, schema: string): Promise<string> {
  const previous = latestSnapshot();
  const diff = await engine.diff({
    from: previous === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: schemaPath, content: previous }] },
    to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
    script: true,
    exitCode: true,
    filters,
  });
  return diff.exitCode === 0 ? "" : (diff.stdout ?? "").trim();
}

/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the schema of the last
 * migration to schema.prisma, then applies it. Returns null when the schema has no change.
 */
export async function createMigration(connectionString: string, name: string): Promise<string | null> {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") || "migration";
  const schema = readFileSync(schemaPath, "utf8");
  return withEngine(connectionString, async (engine) => {
    const sql = await diffFromLatestMigration(engine, schema);
    if (!sql) return null;
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const directory = `${stamp}_${slug}`;
    mkdirSync(path.join(migrationsDir, directory), { recursive: true });
    writeFileSync(path.join(migrationsDir, directory, "migration.sql"), `${sql}\n`);
    writeFileSync(path.join(migrationsDir, directory, SNAPSHOT), schema);
    const lockPath = path.join(migrationsDir, "migration_lock.toml");
    if (!existsSync(lockPath)) {
      writeFileSync(lockPath, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n');
    }
    await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    return directory;
  });
}

/** The SQL that the migrations lack to reach schema.prisma: empty when they are complete. */
export async function schemaDrift(connectionString: string): Promise<string> {
  const schema = readFileSync(schemaPath, "utf8");
  return withEngine(connectionString, (engine) => diffFromLatestMigration(engine, schema));
}
