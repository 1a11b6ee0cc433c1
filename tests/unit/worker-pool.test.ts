// The worker pool that reads deposited files off the event loop: tasks run in other threads, typed errors come back,
// a task that eats memory beyond the worker's heap limit or runs too long fails alone (a fresh worker takes the next),
// and the main thread keeps turning while a worker is busy. No duration is asserted: turns of the event loop are counted.
import { threadId } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { readInvoiceFileInWorker } from "@/features/invoices/deposit/file-reading/in-worker.ts";
import { EInvoiceReadError } from "@/features/einvoice/index.ts";
import { WorkerPool, WorkerTaskError, WorkerThrew } from "@/server/worker-pool.ts";
import { pageContentBomb } from "./support/pdf-bombs.ts";

const pool = new WorkerPool({ entry: "tests/unit/support/pool-test-worker.mjs", size: 2, maxOldGenerationSizeMb: 48, taskTimeoutMs: 3000, name: "test" });
afterAll(() => pool.close());

describe("WorkerPool", () => {
  it("runs tasks in other threads and brings their results back", async () => {
    const results = await Promise.all([1, 2, 3, 4].map((n) => pool.run<{ threadId: number; echoed: unknown }>("echo", { n, bytes: new Uint8Array([n]) })));
    expect(results.map((result) => result.echoed)).toEqual([1, 2, 3, 4].map((n) => ({ n, bytes: new Uint8Array([n]) })));
    expect(results.every((result) => result.threadId !== threadId)).toBe(true);
  });

  it("brings a task's error back with its name and code", async () => {
    const error = await pool.run("throwTyped", {}).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(WorkerThrew);
    expect((error as WorkerThrew).serialized).toMatchObject({ name: "EInvoiceReadError", code: "PDF_BOMB" });
  });

  it("fails a task that passes the worker's heap limit, alone: the next task runs in a fresh worker", async () => {
    const before = process.memoryUsage().heapUsed;
    const error = await pool.run("eatMemory", {}).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(WorkerTaskError);
    expect((error as WorkerTaskError).reason).toBe("OUT_OF_MEMORY");
    expect((error as WorkerTaskError).message).toMatch(/^Le fichier n'a pas pu être analysé/);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(32 * 1024 * 1024); // the main heap did not pay for it
    await expect(pool.run("echo", "encore")).resolves.toMatchObject({ echoed: "encore" });
  });

  it("stops a task that runs beyond its time, and keeps serving", async () => {
    const error = await pool.run("spin", { ms: 60_000 }).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ reason: "TIMEOUT" });
    await expect(pool.run("echo", 1)).resolves.toMatchObject({ echoed: 1 });
  });

  it("leaves the event loop free while a worker computes", async () => {
    await pool.run("echo", 0); // workers started
    let turns = 0;
    let spinning = true;
    const turn = () => {
      turns++;
      if (spinning) setImmediate(turn);
    };
    setImmediate(turn);
    await pool.run("spin", { ms: 1000 });
    spinning = false;
    expect(turns).toBeGreaterThan(100); // run inline, the same task would have allowed none
  });
});

describe("reading deposited files in a worker", () => {
  it("refuses a PDF bomb there, with the same typed error and French message", async () => {
    const error = await readInvoiceFileInWorker(pageContentBomb(1024), { fileName: "bombe.pdf" }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(EInvoiceReadError);
    expect(error).toMatchObject({ code: "PDF_BOMB", message: expect.stringMatching(/^Le fichier PDF est refusé/) });
  });
});
