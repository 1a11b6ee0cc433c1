// The job queue lives in PostgreSQL (table jobs), not in a separate server: a use case enqueues its jobs in its own
// transaction, so a job exists exactly when the change that needs it committed. Workers (run-jobs.ts) take due jobs
// with FOR UPDATE SKIP LOCKED under a lock that expires, so a job whose worker died is taken again; handlers are
// idempotent, failures are retried with a growing delay and the job is FAILED after maxAttempts.
import type { Prisma } from "@/generated/prisma/client.ts";
import type { Tx } from "../db.ts";

export type EnqueueOptions = {
  /** Not before this moment (default: now). */
  runAt?: Date;
  /** At most one job per key: a second enqueue with the same key is ignored. */
  singletonKey?: string;
  maxAttempts?: number;
};

export type NewJob = { payload: Prisma.InputJsonValue } & EnqueueOptions;

/** Times are written from this process's clock, as the workers compare them (never the database's default). */
const jobRow = (queue: string, job: NewJob, now: Date) => ({
  queue,
  payload: job.payload,
  runAt: job.runAt ?? now,
  singletonKey: job.singletonKey,
  maxAttempts: job.maxAttempts,
  createdAt: now,
});

/** Enqueues one job in the caller's transaction; its id, or null when a job with the same singletonKey exists. */
export async function enqueueJob(tx: Tx, queue: string, payload: Prisma.InputJsonValue, options: EnqueueOptions = {}): Promise<string | null> {
  const [created] = await tx.job.createManyAndReturn({ data: [jobRow(queue, { payload, ...options }, new Date())], skipDuplicates: true, select: { id: true } });
  return created?.id ?? null;
}

/** Enqueues many jobs at once (one INSERT); returns how many were new (the others' singletonKey already existed). */
export async function enqueueJobs(tx: Tx, queue: string, jobs: NewJob[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const now = new Date();
  const { count } = await tx.job.createMany({ data: jobs.map((job) => jobRow(queue, job, now)), skipDuplicates: true });
  return count;
}
