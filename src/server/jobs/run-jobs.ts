// Takes due jobs and runs their handlers. A job is claimed in one statement (FOR UPDATE SKIP LOCKED: two workers
// never take the same row) which also counts the attempt and sets locked_until; while the handler runs, the lock is
// extended (heartbeat). The lock is short (15 s, renewed every 5 s while the handler runs): a worker that dies (a
// kill -9, a crash, a lost machine) leaves it to expire within seconds, and the job is then taken again by any worker
// (after a restart, the restarted one). Every later write names the attempt it belongs to, so a worker whose lock was
// taken over cannot overwrite the newer attempt; handlers are idempotent, so a job run twice writes once.
import { db } from "../db.ts";
import { logger } from "../logger.ts";
import { retryDelayMs } from "./retry-delay.ts";

export type JobContext = { id: string; queue: string; attempt: number; maxAttempts: number };
/** Returns normally when done; throws to be retried later. Must be idempotent: a job may run again after a crash. */
export type JobHandler = (payload: unknown, job: JobContext) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

export type RunOptions = {
  /** At most this many jobs in this call (default 100). */
  limit?: number;
  /** Jobs run at the same time (default 1). */
  concurrency?: number;
  /** How long a claimed job stays locked without a heartbeat (default 15 s; renewed every third of it while it runs). */
  lockMs?: number;
  /** Delay before the next attempt of a failed job (default: retryDelayMs). */
  retryDelayMs?: (attempt: number) => number;
  /** Once aborted, no further job is claimed (the ones running finish). */
  signal?: AbortSignal;
};

export type RunReport = { done: number; retried: number; failed: number };

type ClaimedJob = { id: string; queue: string; payload: unknown; attempts: number; maxAttempts: number };

export const DEFAULT_LOCK_MS = 15_000;
const ABANDONED_MESSAGE = "Le traitement a été interrompu trop de fois (travailleur arrêté avant la fin).";

const later = (ms: number) => new Date(Date.now() + ms);

/** The next due job of these queues (or one whose lock expired), locked for this worker. */
async function claimJob(queues: string[], lockMs: number): Promise<ClaimedJob | null> {
  const now = new Date();
  const [job] = await db.$queryRaw<ClaimedJob[]>`
    UPDATE jobs SET status = 'RUNNING', attempts = attempts + 1, locked_until = ${later(lockMs)}
    WHERE id = (
      SELECT id FROM jobs
      WHERE queue = ANY(${queues}::text[]) AND attempts < max_attempts
        AND ((status = 'PENDING' AND run_at <= ${now}) OR (status = 'RUNNING' AND locked_until < ${now}))
      ORDER BY run_at, created_at
      LIMIT 1
      FOR UPDATE SKIP LOCKED)
    RETURNING id, queue, payload, attempts, max_attempts AS "maxAttempts"`;
  return job ?? null;
}

/** Jobs whose worker died on their last allowed attempt: nobody will take them again. */
async function failAbandonedJobs(queues: string[]) {
  const now = new Date();
  await db.$executeRaw`
    UPDATE jobs SET status = 'FAILED', finished_at = ${now}, locked_until = NULL, last_error = ${ABANDONED_MESSAGE}
    WHERE queue = ANY(${queues}::text[]) AND status = 'RUNNING' AND locked_until < ${now} AND attempts >= max_attempts`;
}

/** Writes the outcome of one attempt, only if the job still belongs to it. */
async function settle(job: ClaimedJob, data: { status: "DONE" | "PENDING" | "FAILED"; runAt?: Date; lastError?: string | null }) {
  const { count } = await db.job.updateMany({
    where: { id: job.id, attempts: job.attempts, status: "RUNNING" },
    data: {
      status: data.status,
      lockedUntil: null,
      lastError: data.lastError,
      ...(data.runAt ? { runAt: data.runAt } : {}),
      ...(data.status === "PENDING" ? {} : { finishedAt: new Date() }),
    },
  });
  if (count === 0) logger.warn({ jobId: job.id, attempt: job.attempts }, "tâche reprise par un autre travailleur pendant son exécution");
}

async function runJob(job: ClaimedJob, handler: JobHandler, options: Required<Pick<RunOptions, "lockMs" | "retryDelayMs">>, report: RunReport) {
  const heartbeat = setInterval(() => {
    db.job
      .updateMany({ where: { id: job.id, attempts: job.attempts, status: "RUNNING" }, data: { lockedUntil: later(options.lockMs) } })
      .catch((error: unknown) => logger.warn({ jobId: job.id, err: (error as Error).message }, "prolongation du verrou de tâche en échec"));
  }, Math.max(options.lockMs / 3, 50));
  heartbeat.unref?.();
  try {
    await handler(job.payload, { id: job.id, queue: job.queue, attempt: job.attempts, maxAttempts: job.maxAttempts });
    clearInterval(heartbeat);
    await settle(job, { status: "DONE", lastError: null });
    report.done++;
  } catch (error) {
    clearInterval(heartbeat);
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    const giveUp = job.attempts >= job.maxAttempts;
    logger.warn({ jobId: job.id, queue: job.queue, attempt: job.attempts, err: message }, giveUp ? "tâche abandonnée" : "tâche en échec, nouvel essai prévu");
    await settle(job, giveUp ? { status: "FAILED", lastError: message } : { status: "PENDING", lastError: message, runAt: later(options.retryDelayMs(job.attempts)) });
    if (giveUp) report.failed++;
    else report.retried++;
  }
}

/**
 * Runs the due jobs of the handlers' queues, `concurrency` at a time, until none is due or `limit` were taken.
 * Used by the worker (worker.ts) and by tests and scripts that want the queue drained now.
 */
export async function runDueJobs(handlers: JobHandlers, options: RunOptions = {}): Promise<RunReport> {
  const queues = Object.keys(handlers);
  const report: RunReport = { done: 0, retried: 0, failed: 0 };
  if (queues.length === 0) return report;
  const settings = { lockMs: options.lockMs ?? DEFAULT_LOCK_MS, retryDelayMs: options.retryDelayMs ?? ((attempt: number) => retryDelayMs(attempt)) };
  await failAbandonedJobs(queues);
  let remaining = options.limit ?? 100;
  const work = async () => {
    while (remaining > 0 && !options.signal?.aborted) {
      remaining--;
      const job = await claimJob(queues, settings.lockMs);
      if (!job) return;
      await runJob(job, handlers[job.queue], settings, report);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, work));
  return report;
}
