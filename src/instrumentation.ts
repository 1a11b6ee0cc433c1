// Runs once when a Next.js server starts: the outbox worker sends the e-mails written by the use cases, and the job
// worker runs the background jobs (the chunks of a batch deposit). Each can be turned off (DISABLE_…=true), e.g.
// for an instance that should only serve pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.DISABLE_OUTBOX_WORKER !== "true") {
    const { startOutboxWorker } = await import("./server/mail/outbox.ts");
    startOutboxWorker();
  }
  if (process.env.DISABLE_JOB_WORKER !== "true") {
    const { startJobWorker } = await import("./server/jobs/worker.ts");
    const { depositFluxJobHandlers } = await import("./features/invoices/batch/use-cases/process-deposit-flux-chunk.ts");
    startJobWorker({ ...depositFluxJobHandlers });
  }
}
