// A small pool of worker threads for the CPU-heavy work of the server (unzipping and reading deposited files), so
// that the event loop that serves pages never waits for it. Each worker has its own V8 heap limit
// (resourceLimits): a file that needs more kills its worker only — the task fails, a fresh worker takes the next one.
// A task that runs too long is stopped the same way. Generic: the tasks and the worker's entry belong to the features.
//
// The worker's entry is a plain .mjs file of the project (loaded at run time from the project root, never bundled by
// Next.js: the same file runs under `next start`, `next dev`, vitest and tsx) that loads the TypeScript module holding
// the tasks (the file reader's entry bundles it with esbuild first: no TypeScript loader in the threads).
import path from "node:path";
import * as threads from "node:worker_threads";
import { logger } from "./logger.ts";

export type WorkerPoolOptions = {
  /** The entry, relative to the project root (process.cwd()). */
  entry: string;
  size: number;
  /** V8 old-generation heap of each worker, in MB. */
  maxOldGenerationSizeMb: number;
  /** V8 young generation of each worker, in MB (default 32): what a thread's short-lived objects take before a scavenge. */
  maxYoungGenerationSizeMb?: number;
  taskTimeoutMs: number;
  name: string;
};

/** What the worker sends back for a task that threw: enough to rebuild the typed error on this side. */
export type SerializedError = { name: string; message: string; code?: string; field?: string; fieldErrors?: unknown };

/** A task the pool could not finish (its worker ran out of memory, crashed or took too long). */
export class WorkerTaskError extends Error {
  constructor(
    readonly reason: "OUT_OF_MEMORY" | "TIMEOUT" | "CRASHED",
    message: string,
  ) {
    super(message);
    this.name = "WorkerTaskError";
  }
}

/** A task that threw inside the worker: its error as the worker described it. */
export class WorkerThrew extends Error {
  constructor(readonly serialized: SerializedError) {
    super(serialized.message);
    this.name = "WorkerThrew";
  }
}

// The pool lives on globalThis (one per process) while Next.js may bundle this module into several chunks, each with
// its own copy of these classes: callers recognise the errors by name, never by instanceof.
export const isWorkerTaskError = (error: unknown): error is WorkerTaskError => error instanceof Error && error.name === "WorkerTaskError" && "reason" in error;
export const isWorkerThrew = (error: unknown): error is WorkerThrew => error instanceof Error && error.name === "WorkerThrew" && "serialized" in error;

type Task = { id: number; task: string; args: unknown; transfer: threads.TransferListItem[]; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Slot = { worker: threads.Worker; busy: Task | null; timer: NodeJS.Timeout | null; ready: boolean };

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Runs `task` in a worker; resolves with its result, rejects with WorkerThrew or WorkerTaskError. */
  run<T>(task: string, args: unknown, transfer: threads.TransferListItem[] = []): Promise<T> {
    if (this.closed) return Promise.reject(new WorkerTaskError("CRASHED", "Le service d'analyse des fichiers est arrêté."));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, args, transfer, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Starts the workers now (they take about a second to load their code), instead of at the first task. */
  warm() {
    while (!this.closed && this.slots.length < this.options.size) this.slots.push(this.spawn());
  }

  async close() {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new WorkerTaskError("CRASHED", "Le service d'analyse des fichiers est arrêté."));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), this.options.entry);
    // Built through Reflect so that no bundler takes this for a worker to bundle: the entry is loaded as it is.
    const worker = Reflect.construct(threads.Worker, [
      file,
      {
        name: this.options.name,
        resourceLimits: { maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: this.options.maxYoungGenerationSizeMb ?? 32 },
        env: process.env,
        stdout: false,
        stderr: false,
      },
    ]) as threads.Worker;
    worker.unref();
    const slot: Slot = { worker, busy: null, timer: null, ready: false };
    worker.on("message", (message: { ready?: true; id?: number; ok?: boolean; result?: unknown; error?: SerializedError }) => {
      if (message.ready) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const task = slot.busy;
      if (!task || task.id !== message.id) return;
      this.finish(slot);
      if (message.ok) task.resolve(message.result);
      else task.reject(new WorkerThrew(message.error ?? { name: "Error", message: "Erreur inconnue." }));
      this.dispatch();
    });
    worker.on("error", (error: Error & { code?: string }) => this.lost(slot, error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "OUT_OF_MEMORY" : "CRASHED", error));
    worker.on("exit", (code) => this.lost(slot, "CRASHED", new Error(`worker exited with code ${code}`)));
    return slot;
  }

  private finish(slot: Slot) {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.busy = null;
    slot.worker.unref();
  }

  /** A worker that died: its task fails with the reason, the slot is replaced. */
  private lost(slot: Slot, reason: WorkerTaskError["reason"], cause: Error) {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    const task = slot.busy;
    this.finish(slot);
    void slot.worker.terminate();
    if (task) {
      logger.warn({ err: cause, pool: this.options.name, task: task.task, reason }, "tâche de worker interrompue");
      const message =
        reason === "OUT_OF_MEMORY"
          ? "Le fichier n'a pas pu être analysé : il demande plus de mémoire que le portail n'en accorde à un fichier."
          : reason === "TIMEOUT"
            ? "Le fichier n'a pas pu être analysé dans le temps imparti : il est trop volumineux ou trop complexe."
            : "Le fichier n'a pas pu être analysé (erreur interne) : réessayez, ou déposez un autre fichier.";
      task.reject(new WorkerTaskError(reason, message));
    }
    if (!slot.ready && !this.closed) {
      // A worker that cannot even start (its entry is missing or broken) would be spawned again and again: the tasks
      // waiting fail now, the next one tries again.
      logger.error({ err: cause, pool: this.options.name, entry: this.options.entry }, "un worker n'a pas pu démarrer");
      for (const waiting of this.queue.splice(0)) waiting.reject(new WorkerTaskError("CRASHED", "Le fichier n'a pas pu être analysé (service d'analyse indisponible) : réessayez plus tard."));
      return;
    }
    this.dispatch();
  }

  private dispatch() {
    if (this.closed) return;
    while (this.queue.length > 0) {
      const slot = this.slots.find((candidate) => candidate.ready && !candidate.busy);
      if (!slot) {
        if (this.slots.length < this.options.size) this.slots.push(this.spawn());
        return; // a worker frees up, or finishes loading, and calls dispatch again
      }
      const task = this.queue.shift()!;
      slot.busy = task;
      slot.worker.ref();
      slot.timer = setTimeout(() => this.lost(slot, "TIMEOUT", new Error("timeout")), this.options.taskTimeoutMs);
      slot.timer.unref();
      slot.worker.postMessage({ id: task.id, task: task.task, args: task.args }, task.transfer);
    }
  }
}
