// Runs once when a Next.js server starts: the outbox worker sends the e-mails written by the use cases.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.DISABLE_OUTBOX_WORKER !== "true") {
    const { startOutboxWorker } = await import("./server/mail/outbox.ts");
    startOutboxWorker();
  }
}
