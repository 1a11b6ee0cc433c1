// How far V8 lets a heap grow past what its last full collection kept: by default up to four times when collecting
// looks cheap next to allocating, which a thread that allocates fast (the batch deposit's chunks: about 170 KB per
// invoice on the thread that serves pages, the file-reading threads as much) turns into hundreds of MB kept and unused.
// A fixed factor instead, for every isolate of the process (the flag is the process's: its worker threads too). Set
// by the server (scripts/serve.ts, in its primary and in each web worker) and by the benchmarks that measure it.
// Measured in decision 0020 (« Deposit, fourth pass »).
import v8 from "node:v8";

/** The heap may grow to (1 + HEAP_GROWING_PERCENT / 100) times what survived the last full collection. */
export const HEAP_GROWING_PERCENT = 20;

export function limitHeapGrowth() {
  // Read by V8 at each full collection (its heap controller), so setting it once the process runs takes effect.
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
