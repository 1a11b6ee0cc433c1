// How many processes serve the portal on one machine (scripts/serve.ts). Node runs JavaScript on one core per process:
// one web worker per core lets a production server use the machine, the workers sharing the listening socket (node's
// cluster). They are instances like those behind a load balancer (decision 0013: every shared state is in PostgreSQL).
// Pure: the caller gives the setting and the core count. The file-reading threads of each process follow from it.

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

/**
 * The threads each process gives to reading deposited files (src/server/worker-pool.ts) when FILE_WORKERS is not set:
 * the machine's cores shared among its web workers, one at least (2 cores, 2 web workers → 1 each). Each process's
 * pool is its own: two threads per process on two processes were four isolates on two cores, whose JIT, collections
 * and hand-overs cost more than the second thread bought (decision 0020, « Deposit, fourth pass »).
 */
export function defaultFileWorkerCount(cores: number, webWorkers: number): number {
  return Math.max(1, Math.floor(cores / Math.max(1, webWorkers)));
}
