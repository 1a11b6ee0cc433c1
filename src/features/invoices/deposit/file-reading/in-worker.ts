// The heavy reading of deposited files, run in worker threads with their own memory limit, so that a big batch or a
// hostile PDF never blocks the pages: reading a deposited PDF or XML here, unzipping, planning and checking a batch's
// files in the batch's in-worker.ts. The errors come back as the same typed errors (EInvoiceReadError, AppError); a
// worker that runs out of memory or time fails its task with a French message. FILE_WORKERS=0 runs them inline.
import { type DepositFormat, EInvoiceReadError, type ReadErrorCode, readInvoiceFile, type ReadResult } from "@/features/einvoice/index.ts";
import { config } from "@/server/config.ts";
import { AppError, type AppErrorCode } from "@/server/errors.ts";
import { isWorkerTaskError, isWorkerThrew, WorkerPool } from "@/server/worker-pool.ts";

/**
 * One pool reads the files of both deposits: its entry lives with the batch, the area that knows both task sets
 * (the batch depends on the deposit, never the other way), and is loaded by path, not imported.
 */
export const FILE_READER_ENTRY = "src/features/invoices/batch/file-reading/file-reader.worker.mjs";

const globalForPool = globalThis as unknown as { fileReaderPool?: WorkerPool };

/** The process's pool (one per process, kept across hot reloads), or null when FILE_WORKERS=0. */
export function fileReaderPool(): WorkerPool | null {
  const { size, memoryMb, timeoutSeconds } = config.fileWorkers;
  if (size === 0) return null;
  globalForPool.fileReaderPool ??= new WorkerPool({
    entry: FILE_READER_ENTRY,
    size,
    maxOldGenerationSizeMb: memoryMb,
    // A file's parse leaves its garbage young: 8 MB is enough for it, and each thread's young generation, full after a
    // few files, is RSS the process keeps. 32 MB: two threads at +58 MB after 3,000 batch files, +20 MB with 8; the same CPU.
    maxYoungGenerationSizeMb: 8,
    taskTimeoutMs: timeoutSeconds * 1000,
    name: "lecture-fichiers",
  });
  return globalForPool.fileReaderPool;
}

/** The worker's error as the typed error the callers expect. */
function revive(error: unknown, fileError: (message: string) => Error): unknown {
  if (isWorkerTaskError(error)) return fileError(error.message);
  if (!isWorkerThrew(error)) return error;
  const { name, message, code, field } = error.serialized;
  if (name === "EInvoiceReadError") return new EInvoiceReadError(code as ReadErrorCode, message);
  if (name === "AppError") return new AppError(code as AppErrorCode, message, field);
  const rebuilt = new Error(message);
  rebuilt.name = name;
  return rebuilt;
}

/** Runs `task` of the worker (the batch's file-reader-tasks.ts), or `inline` when there is no pool; its errors revived. */
export async function runFileTask<T>(task: string, args: unknown, inline: () => Promise<T>, fileError: (message: string) => Error): Promise<T> {
  const pool = fileReaderPool();
  if (!pool) return inline();
  try {
    return await pool.run<T>(task, args);
  } catch (error) {
    throw revive(error, fileError);
  }
}

/** readInvoiceFile, in a worker: a ReadResult, or an EInvoiceReadError. */
export function readInvoiceFileInWorker(bytes: Uint8Array, options: { fileName: string; format?: DepositFormat }): Promise<ReadResult> {
  return runFileTask(
    "readInvoiceFile",
    { bytes, fileName: options.fileName, format: options.format },
    () => readInvoiceFile(bytes, options),
    (message) => new EInvoiceReadError("UNKNOWN_TYPE", `Le fichier « ${options.fileName} » est refusé : ${message}`),
  );
}
