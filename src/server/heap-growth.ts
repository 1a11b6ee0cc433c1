// How far V8 lets a heap grow past what its last full collection kept. By default up to about four times when
// collecting looks cheap next to allocating, which the batch deposit's chunks turn into hundreds of MB kept and unused
// (about 170 KB allocated per invoice on the thread that serves pages, as much on the file-reading thread). While
// chunks run, a fixed factor instead (HEAP_GROWING_PERCENT, default 20 %: 1.2 times); the rest of the time V8's own,
// as the pages do better with it (about 1 to 1.5 ms of CPU per page lost to collections with the fixed factor). The
// flag is the process's: every isolate follows it, the file-reading threads too. Measured in decision 0020
// (« Deposit, fourth pass »).
import v8 from "node:v8";

/** The growth while chunks run, in percent (HEAP_GROWING_PERCENT; 0: V8's own choice throughout). */
export function heapGrowingPercent(setting = process.env.HEAP_GROWING_PERCENT): number {
  if (setting === undefined || setting.trim() === "") return 20;
  const percent = Number(setting);
  if (!Number.isInteger(percent) || percent < 0 || percent > 1000) throw new Error(`HEAP_GROWING_PERCENT doit être un entier de 0 à 1000 (reçu « ${setting} »).`);
  return percent;
}

let running = 0;
let restore: NodeJS.Timeout | null = null;
/** V8's choice comes back this long after the last work ended: not between two chunks of one batch. */
const RESTORE_AFTER_MS = 10_000;

/**
 * `work` with the heap's growth limited, for as long as one such work runs in the process and RESTORE_AFTER_MS after.
 * The flag is read by V8 at each full collection (its heap controller): set while the process runs, it takes effect at
 * the next one; 0 gives the choice back to V8.
 */
export async function withHeapGrowthLimited<T>(work: () => Promise<T>): Promise<T> {
  const percent = heapGrowingPercent();
  if (percent === 0) return work();
  if (restore) clearTimeout(restore);
  restore = null;
  if (running++ === 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  try {
    return await work();
  } finally {
    if (--running === 0) {
      restore = setTimeout(() => {
        restore = null;
        if (running === 0) v8.setFlagsFromString("--heap-growing-percent=0");
      }, RESTORE_AFTER_MS);
      restore.unref();
    }
  }
}
