// A job worker in a process of its own, as the server runs it (src/instrumentation.ts → startJobWorker), on the
// DATABASE_URL it is given: the crash-recovery test starts it, kills it with SIGKILL in the middle of a flux, and
// starts another. Only the batch deposit's chunks: the routing jobs the chunks enqueue are left for the assertions.
import { depositFluxJobHandlers } from "@/features/invoices/batch/index.ts";
import { startJobWorker } from "@/server/jobs/worker.ts";

const stop = startJobWorker(depositFluxJobHandlers, { intervalMs: 200 });
console.log("worker ready");
// Alive until told otherwise (the worker's timer is unref'ed).
const keepAlive = setInterval(() => {}, 60_000);
process.on("SIGTERM", () => {
  stop();
  clearInterval(keepAlive);
  process.exit(0);
});
