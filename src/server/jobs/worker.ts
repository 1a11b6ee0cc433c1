// The background worker of a server process: polls the job queue and drains what is due, a few jobs at a time.
// Started once from instrumentation.ts (DISABLE_JOB_WORKER=true turns it off); every instance may run one, the
// queue's locks keep them from running a job twice.
import { logger } from "../logger.ts";
import { runDueJobs, type JobHandlers } from "./run-jobs.ts";

export type WorkerOptions = { intervalMs?: number; concurrency?: number };

/** JOB_WORKER_CONCURRENCY, default 2: jobs run at the same time in this process. */
export function workerConcurrency(): number {
  const value = Number(process.env.JOB_WORKER_CONCURRENCY ?? 2);
  return Number.isInteger(value) && value > 0 ? value : 2;
}

let stopCurrent: (() => void) | undefined;

/** Polls every second; returns a function that stops it. A second call while one runs returns the same stop. */
export function startJobWorker(handlers: JobHandlers, options: WorkerOptions = {}): () => void {
  if (stopCurrent) return stopCurrent;
  const concurrency = options.concurrency ?? workerConcurrency();
  let running = false;
  // A drain under way when the worker is stopped claims nothing more.
  const stopped = new AbortController();
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runDueJobs(handlers, { concurrency, limit: 1000, signal: stopped.signal })
      .catch((error: unknown) => logger.error({ err: error }, "file de tâches"))
      .finally(() => {
        running = false;
      });
  }, options.intervalMs ?? 1000);
  timer.unref();
  stopCurrent = () => {
    clearInterval(timer);
    stopped.abort();
    stopCurrent = undefined;
  };
  return stopCurrent;
}
