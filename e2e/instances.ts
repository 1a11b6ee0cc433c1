// Several instances of the portal on one database, as behind a load balancer: each is `scripts/serve.ts` (what
// `npm start` runs) on the production build the end-to-end run has just made (NEXT_DIST_DIR), in a process of its own,
// with the same NEXTAUTH_SECRET and DATABASE_URL. The database is a fresh one of their own (an embedded PostgreSQL, or a
// new database on the DATABASE_URL server), migrated and seeded with the demo data by `scripts/seed.ts`.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { E2E_DEMO_PASSWORD } from "../playwright.config.ts";
import { startEmbeddedPostgres, THROWAWAY_SERVER_SETTINGS } from "../scripts/lib/embedded-postgres.ts";
import { freePort, startChild, type Child } from "../scripts/lib/processes.ts";

const projectRoot = path.resolve(import.meta.dirname, "..");

export type Instance = { url: string; port: number; output: () => string };
export type Instances = {
  instances: Instance[];
  databaseUrl: string;
  /** Stops every instance and starts them again with these variables added (the database is kept). */
  restart: (env?: Record<string, string>) => Promise<void>;
  stop: () => Promise<void>;
};

async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const name = `portail_instances_${Date.now()}_${randomBytes(3).toString("hex")}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      drop: async () => {
        const again = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await again.connect();
        await again.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await again.end();
      },
    };
  }
  const baseDir = mkdtempSync(path.join(tmpdir(), "portail-instances-"));
  const server = await startEmbeddedPostgres({ baseDir, port: await freePort(), database: "portail", settings: THROWAWAY_SERVER_SETTINGS });
  return {
    url: server.url,
    drop: async () => {
      await server.stop();
      rmSync(baseDir, { recursive: true, force: true });
    },
  };
}

/** Runs a script of scripts/ to its end (tsx), failing with its output. */
async function runScript(script: string, env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "scripts", script)], { cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`scripts/${script} a échoué (code ${code}) :\n${output}`);
}

/** Waits until the instance answers its health check (the limit only keeps a broken start from hanging). */
async function waitUntilHealthy(instance: Instance, child: Child, limitMs = 180_000) {
  const stopAt = Date.now() + limitMs;
  while (Date.now() < stopAt) {
    if (child.process.exitCode !== null) throw new Error(`L'instance ${instance.url} s'est arrêtée au démarrage :\n${instance.output()}`);
    const healthy = await fetch(`${instance.url}/api/health`).then((response) => response.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`L'instance ${instance.url} ne répond pas :\n${instance.output()}`);
}

export async function startInstances(count: number, env: Record<string, string> = {}): Promise<Instances> {
  const distDir = path.resolve(projectRoot, process.env.NEXT_DIST_DIR ?? ".next");
  if (!existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`Aucune construction dans ${distDir} : ces tests tournent après celle de npm run test:e2e.`);
  const database = await freshDatabase();
  const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
  // One public address, as behind a load balancer: next-auth's links and redirects name the first instance.
  const publicUrl = `http://localhost:${ports[0]}`;
  const shared: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: database.url,
    NEXTAUTH_URL: publicUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    DEMO_MODE: "true",
    DEMO_PASSWORD: E2E_DEMO_PASSWORD,
    // CHORUS SOCIETE's demo invoices are not needed here (and take the longest to seed).
    DEMO_SEED_EXCLUDE: "FRCHORUSSOCIETE",
    // The end-to-end run's mail catcher (its web page is where the e-mailed codes are read).
    SMTP_URL: `smtp://127.0.0.1:${Number(process.env.E2E_MAILDEV_SMTP_PORT ?? 1125)}`,
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
    // One process each: the instances are what is tested, and the e2e server already runs one worker per core.
    WEB_CONCURRENCY: "1",
  };
  try {
    await runScript("seed.ts", shared);
  } catch (error) {
    await database.drop();
    throw error;
  }

  let children: Child[] = [];
  const instances: Instance[] = ports.map((port) => ({ port, url: `http://localhost:${port}`, output: () => "" }));
  const start = async (extra: Record<string, string>) => {
    children = instances.map((instance) => {
      let output = "";
      const child = startChild(process.execPath, ["--import", "tsx", path.join(projectRoot, "scripts", "serve.ts")], {
        name: `instance ${instance.port}`,
        cwd: projectRoot,
        env: { ...shared, ...extra, PORT: String(instance.port) },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.process.stdout!.on("data", (chunk) => (output += chunk));
      child.process.stderr!.on("data", (chunk) => (output += chunk));
      instance.output = () => output.slice(-5_000);
      return child;
    });
    await Promise.all(instances.map((instance, n) => waitUntilHealthy(instance, children[n])));
  };
  const stopChildren = () => Promise.all(children.map((child) => child.stop()));
  try {
    await start(env);
  } catch (error) {
    await stopChildren();
    await database.drop();
    throw error;
  }
  return {
    instances,
    databaseUrl: database.url,
    restart: async (extra = {}) => {
      await stopChildren();
      await start({ ...env, ...extra });
    },
    stop: async () => {
      await stopChildren();
      await database.drop();
    },
  };
}
