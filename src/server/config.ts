// Every setting the server reads from the environment, in one place (documented in .env.example).
import { availableParallelism } from "node:os";
import { defaultFileWorkerCount, webWorkerCount } from "./http/web-workers.ts";

function integer(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} doit être un entier positif (reçu « ${raw} »).`);
  return value;
}

export const config = {
  get databaseUrl() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL manque : lancez le portail avec « npm start », qui la fournit.");
    return url;
  },
  /** Shows the State's brand block (Marianne, « République française ») only on an official deployment. */
  officialDeployment: process.env.OFFICIAL_DEPLOYMENT === "true",
  serviceName: process.env.SERVICE_NAME ?? "Portail de facturation électronique",
  sessionMaxAgeSeconds: integer("SESSION_MAX_AGE_MINUTES", 60) * 60,
  login: {
    /** Failures on one account, from any address, after which its logins need the captcha (never a lock). */
    captchaAfterFailures: integer("LOGIN_MAX_FAILURES", 5),
    /** Failures on one account from one address before that address must wait (1 s, 2 s, 4 s…). */
    freeFailuresPerAccountAndIp: integer("LOGIN_FREE_FAILURES", 3),
    /** Failures from one address, whatever the account, before it must wait. */
    freeFailuresPerIp: integer("LOGIN_MAX_FAILURES_PER_IP", 20),
    /** Quiet time that forgets failures, and the longest delay (LOGIN_LOCK_MINUTES: its former name). */
    windowMinutes: integer("LOGIN_WINDOW_MINUTES", integer("LOGIN_LOCK_MINUTES", 15)),
  },
  /** What a batch deposit may keep in the database (its files wait there for their chunk jobs; dropped once processed). */
  depositStorage: {
    /** Bytes one flux may keep (DEPOSIT_FLUX_MAX_STORED_MB, default 100). */
    get fluxMaxBytes() {
      return integer("DEPOSIT_FLUX_MAX_STORED_MB", 100) * 1024 * 1024;
    },
    /** Bytes all the fluxes of one structure still waiting may keep together (DEPOSIT_STRUCTURE_MAX_STORED_MB, default 500). */
    get structureMaxBytes() {
      return integer("DEPOSIT_STRUCTURE_MAX_STORED_MB", 500) * 1024 * 1024;
    },
  },
  /** The worker threads that read deposited files (unzip, parse, check) away from the event loop that serves pages. */
  fileWorkers: {
    /** Threads per process (FILE_WORKERS; by default the cores shared among the web workers, one at least; 0 reads in the server's own thread). */
    get size() {
      const raw = process.env.FILE_WORKERS;
      if (raw === "0") return 0;
      const cores = availableParallelism();
      return integer("FILE_WORKERS", defaultFileWorkerCount(cores, webWorkerCount(process.env.WEB_CONCURRENCY, cores, process.env.NODE_ENV === "development")));
    },
    /** V8 heap of each thread in MB (FILE_WORKER_MEMORY_MB, default 512): a file that needs more is refused. */
    get memoryMb() {
      return integer("FILE_WORKER_MEMORY_MB", 512);
    },
    /** Longest reading of one task, in seconds (FILE_WORKER_TIMEOUT_SECONDS, default 120). */
    get timeoutSeconds() {
      return integer("FILE_WORKER_TIMEOUT_SECONDS", 120);
    },
  },
  /** Demo mode (DEMO_MODE=true, set by `npm start` when the demo data is loaded): demo accounts and a banner on every page. */
  demoMode: process.env.DEMO_MODE === "true",
};
