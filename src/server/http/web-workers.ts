// How many processes serve the portal on one machine (scripts/serve.ts). Node runs JavaScript on one core per process:
// one web worker per core lets a production server use the machine, the workers sharing the listening socket (node's
// cluster). They are instances like those behind a load balancer (decision 0013: every shared state is in PostgreSQL).
// Pure: the caller gives the setting and the core count.

export const MAX_WEB_WORKERS = 64;

/** WEB_CONCURRENCY when given (1 to 64), else one per core; always one in development (next dev owns its build folder). */
export function webWorkerCount(setting: string | undefined, cores: number, dev: boolean): number {
  if (dev) return 1;
  if (setting === undefined || setting.trim() === "") return Math.max(1, Math.min(cores, MAX_WEB_WORKERS));
  const count = Number(setting);
  if (!Number.isInteger(count) || count < 1 || count > MAX_WEB_WORKERS) {
    throw new Error(`WEB_CONCURRENCY doit être un nombre entier de processus entre 1 et ${MAX_WEB_WORKERS} (reçu : « ${setting} »).`);
  }
  return count;
}
