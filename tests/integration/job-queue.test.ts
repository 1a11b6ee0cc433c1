// The PostgreSQL job queue: due jobs run once, failures are retried later with a growing delay, a job is FAILED
// after maxAttempts, a job whose worker died (lock expired) is taken again, and two workers never run one job twice.
import { describe, expect, it } from "vitest";
import { enqueueJob, enqueueJobs } from "@/server/jobs/queue.ts";
import { retryDelayMs } from "@/server/jobs/retry-delay.ts";
import { runDueJobs, type JobHandler } from "@/server/jobs/run-jobs.ts";
import { startJobWorker } from "@/server/jobs/worker.ts";
import { db } from "@/server/db.ts";

let queueCount = 0;
const newQueue = () => `test-${++queueCount}-${Math.random().toString(36).slice(2, 8)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("job queue", () => {
  it("runs a due job once with its payload, and not a job planned for later", async () => {
    const queue = newQueue();
    const seen: unknown[] = [];
    const handler: JobHandler = async (payload) => {
      seen.push(payload);
    };
    await db.$transaction(async (tx) => {
      await enqueueJob(tx, queue, { n: 1 });
      await enqueueJob(tx, queue, { n: 2 }, { runAt: new Date(Date.now() + 60_000) });
    });
    expect(await runDueJobs({ [queue]: handler })).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(seen).toEqual([{ n: 1 }]);
    expect(await runDueJobs({ [queue]: handler })).toEqual({ done: 0, retried: 0, failed: 0 });
    const jobs = await db.job.findMany({ where: { queue }, orderBy: { runAt: "asc" } });
    expect(jobs.map((job) => [job.status, job.attempts])).toEqual([
      ["DONE", 1],
      ["PENDING", 0],
    ]);
    expect(jobs[0].finishedAt).toBeInstanceOf(Date);
  });

  it("ignores a second job with the same singletonKey, and a job rolled back with its transaction", async () => {
    const queue = newQueue();
    const first = await db.$transaction((tx) => enqueueJob(tx, queue, {}, { singletonKey: `${queue}:a` }));
    const second = await db.$transaction((tx) => enqueueJob(tx, queue, {}, { singletonKey: `${queue}:a` }));
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBeNull();
    expect(await db.$transaction((tx) => enqueueJobs(tx, queue, [{ payload: 1, singletonKey: `${queue}:a` }, { payload: 2, singletonKey: `${queue}:b` }]))).toBe(1);
    await expect(
      db.$transaction(async (tx) => {
        await enqueueJob(tx, queue, { rolledBack: true });
        throw new Error("annulé");
      }),
    ).rejects.toThrow("annulé");
    expect(await db.job.count({ where: { queue } })).toBe(2);
  });

  it("enqueueJobs writes the rows enqueueJob writes: payload, due date, key, attempts given or the table's default; a key twice once", async () => {
    const queue = newQueue();
    const later = new Date("2030-01-02T03:04:05.678Z");
    const payload = { invoiceId: "a", nested: { list: [1, "deux", null], text: "l'apostrophe \\ « guillemets »" } };
    await db.$transaction(async (tx) => {
      await enqueueJob(tx, queue, payload, { runAt: later, singletonKey: `${queue}:one`, maxAttempts: 3 });
      await enqueueJob(tx, queue, 7, { singletonKey: `${queue}:two` });
    });
    const created = await db.$transaction((tx) =>
      enqueueJobs(tx, queue, [
        { payload, runAt: later, singletonKey: `${queue}:bulk-one`, maxAttempts: 3 },
        { payload: 7, singletonKey: `${queue}:bulk-two` },
        { payload: 8, singletonKey: `${queue}:bulk-two` },
        { payload: 9, singletonKey: `${queue}:one` },
      ]),
    );
    expect(created).toBe(2);
    const rows = await db.job.findMany({ where: { queue }, orderBy: { singletonKey: "asc" } });
    const shape = (job: (typeof rows)[number]) => ({ payload: job.payload, status: job.status, attempts: job.attempts, maxAttempts: job.maxAttempts, lockedUntil: job.lockedUntil, finishedAt: job.finishedAt, lastError: job.lastError });
    const byKey = new Map(rows.map((job) => [job.singletonKey!.slice(queue.length + 1), job]));
    expect(rows).toHaveLength(4);
    expect(shape(byKey.get("bulk-one")!)).toEqual(shape(byKey.get("one")!));
    expect(shape(byKey.get("bulk-two")!)).toEqual(shape(byKey.get("two")!));
    expect(byKey.get("bulk-one")!.runAt).toEqual(later);
    expect(byKey.get("bulk-two")!.maxAttempts).toBe(10);
    expect(Math.abs(byKey.get("bulk-two")!.runAt.getTime() - byKey.get("bulk-two")!.createdAt.getTime())).toBe(0);
    expect(Math.abs(byKey.get("bulk-two")!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("retries a failing job later with a growing delay, then marks it FAILED after maxAttempts", async () => {
    const queue = newQueue();
    await db.$transaction((tx) => enqueueJob(tx, queue, {}, { maxAttempts: 3 }));
    const failing: JobHandler = async () => {
      throw new Error("panne du service");
    };
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const before = Date.now();
      const report = await runDueJobs({ [queue]: failing });
      const job = await db.job.findFirstOrThrow({ where: { queue } });
      expect(job.attempts).toBe(attempt);
      expect(job.lastError).toBe("panne du service");
      if (attempt < 3) {
        expect(report).toEqual({ done: 0, retried: 1, failed: 0 });
        expect(job.status).toBe("PENDING");
        delays.push(job.runAt.getTime() - before);
        // Not due yet: nothing runs now.
        expect(await runDueJobs({ [queue]: failing })).toEqual({ done: 0, retried: 0, failed: 0 });
        await db.job.update({ where: { id: job.id }, data: { runAt: new Date(Date.now() - 1) } });
      } else {
        expect(report).toEqual({ done: 0, retried: 0, failed: 1 });
        expect(job).toMatchObject({ status: "FAILED", lockedUntil: null });
      }
    }
    expect(delays[0]).toBeGreaterThanOrEqual(retryDelayMs(1) - 50);
    expect(delays[1]).toBeGreaterThan(delays[0]);
    expect(await runDueJobs({ [queue]: failing })).toEqual({ done: 0, retried: 0, failed: 0 });
  });

  it("takes again a job whose worker died (lock expired), and fails it when that was its last attempt", async () => {
    const queue = newQueue();
    const ran: string[] = [];
    const handler: JobHandler = async (_payload, job) => {
      ran.push(`${job.id}#${job.attempt}`);
    };
    const alive = await db.$transaction((tx) => enqueueJob(tx, queue, { worker: "vivant" }));
    const dead = await db.$transaction((tx) => enqueueJob(tx, queue, { worker: "mort" }));
    const deadLast = await db.$transaction((tx) => enqueueJob(tx, queue, { worker: "mort, dernier essai" }, { maxAttempts: 1 }));
    // As a worker leaves them when it dies mid-run: RUNNING, attempt counted, lock still valid or expired.
    await db.job.update({ where: { id: alive! }, data: { status: "RUNNING", attempts: 1, lockedUntil: new Date(Date.now() + 60_000) } });
    await db.job.update({ where: { id: dead! }, data: { status: "RUNNING", attempts: 1, lockedUntil: new Date(Date.now() - 1000) } });
    await db.job.update({ where: { id: deadLast! }, data: { status: "RUNNING", attempts: 1, lockedUntil: new Date(Date.now() - 1000) } });

    expect(await runDueJobs({ [queue]: handler })).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(ran).toEqual([`${dead}#2`]);
    const byId = Object.fromEntries((await db.job.findMany({ where: { queue } })).map((job) => [job.id, job]));
    expect(byId[alive!].status).toBe("RUNNING");
    expect(byId[dead!]).toMatchObject({ status: "DONE", attempts: 2 });
    expect(byId[deadLast!]).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(byId[deadLast!].lastError).toContain("interrompu");
  });

  it("keeps the lock of a long job alive, so that nobody else takes it meanwhile", async () => {
    const queue = newQueue();
    await db.$transaction((tx) => enqueueJob(tx, queue, {}));
    let runs = 0;
    const slow: JobHandler = async () => {
      runs++;
      await sleep(700);
    };
    const first = runDueJobs({ [queue]: slow }, { lockMs: 300 });
    await sleep(450);
    // The lock (300 ms) would have expired without the heartbeat.
    expect(await runDueJobs({ [queue]: slow }, { lockMs: 300 })).toEqual({ done: 0, retried: 0, failed: 0 });
    expect(await first).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(runs).toBe(1);
  });

  it("never runs one job twice with two workers of several jobs each", async () => {
    const queue = newQueue();
    await db.$transaction((tx) => enqueueJobs(tx, queue, Array.from({ length: 40 }, (_, n) => ({ payload: { n } }))));
    const runs = new Map<number, number>();
    const handler: JobHandler = async (payload) => {
      const { n } = payload as { n: number };
      runs.set(n, (runs.get(n) ?? 0) + 1);
      await sleep(5);
    };
    const reports = await Promise.all([runDueJobs({ [queue]: handler }, { concurrency: 4 }), runDueJobs({ [queue]: handler }, { concurrency: 4 })]);
    expect(reports[0].done + reports[1].done).toBe(40);
    expect(reports[0].done).toBeGreaterThan(0);
    expect(reports[1].done).toBeGreaterThan(0);
    expect(runs.size).toBe(40);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    expect(await db.job.count({ where: { queue, status: "DONE" } })).toBe(40);
  });

  it("doubles the delay after each failure, up to an hour", () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt))).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(30)).toBe(60 * 60 * 1000);
    expect(retryDelayMs(0)).toBe(5_000);
  });

  it("runs what is enqueued with the polling worker, until it is stopped", async () => {
    const queue = newQueue();
    const ran: unknown[] = [];
    const stop = startJobWorker({ [queue]: async (payload) => void ran.push(payload) }, { intervalMs: 50, concurrency: 2 });
    try {
      await db.$transaction((tx) => enqueueJobs(tx, queue, [{ payload: 1 }, { payload: 2 }, { payload: 3 }]));
      for (let wait = 0; wait < 100 && ran.length < 3; wait++) await sleep(50);
      expect(ran.sort()).toEqual([1, 2, 3]);
    } finally {
      stop();
    }
    await db.$transaction((tx) => enqueueJob(tx, queue, 4));
    await sleep(300);
    expect(ran).toHaveLength(3);
  });

  it("leaves the jobs of other queues alone", async () => {
    const mine = newQueue();
    const other = newQueue();
    await db.$transaction(async (tx) => {
      await enqueueJob(tx, mine, {});
      await enqueueJob(tx, other, {});
    });
    expect(await runDueJobs({ [mine]: async () => {} })).toEqual({ done: 1, retried: 0, failed: 0 });
    expect((await db.job.findFirstOrThrow({ where: { queue: other } })).status).toBe("PENDING");
  });
});
