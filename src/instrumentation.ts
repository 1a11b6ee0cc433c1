// Runs once when a Next.js server starts: the outbox worker sends the e-mails written by the use cases, and the job
// worker runs the background jobs (the chunks of a batch deposit, the routing of invoices to their recipients, the
// automatic validation of A9 / A12 invoices whose holder did not answer in time, the webhooks' deliveries, the daily digest
// of notifications). Each can be turned off (DISABLE_…=true), e.g. for an instance that should only serve pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.DISABLE_OUTBOX_WORKER !== "true") {
    const { startOutboxWorker } = await import("./server/mail/outbox.ts");
    startOutboxWorker();
  }
  if (process.env.DISABLE_JOB_WORKER !== "true") {
    const { startJobWorker } = await import("./server/jobs/worker.ts");
    const { depositFluxJobHandlers } = await import("./features/invoices/batch/jobs.ts");
    const { routingJobHandlers } = await import("./features/invoices/lifecycle/jobs.ts");
    const { autoValidationJobHandlers, scheduleAutoValidation } = await import("./features/invoices/validation/index.ts");
    const { worksJobHandlers, scheduleMoeDeadlineRun } = await import("./features/invoices/works/index.ts");
    const { webhookJobHandlers } = await import("./server/webhooks/jobs.ts");
    const { notificationDigestJobHandlers } = await import("./server/mail/jobs.ts");
    startJobWorker({ ...depositFluxJobHandlers, ...routingJobHandlers, ...autoValidationJobHandlers, ...worksJobHandlers, ...webhookJobHandlers, ...notificationDigestJobHandlers });
    // The threads that read deposited files load their code now (about a second), not at the first deposit.
    const { fileReaderPool } = await import("./features/invoices/deposit/file-reading/in-worker.ts");
    fileReaderPool()?.warm();
    // The A9 / A12 "validation automatique hors délai" runs every minute; each run schedules the next one.
    const { logger } = await import("./server/logger.ts");
    scheduleAutoValidation().catch((error: unknown) => logger.error({ err: error }, "planification de la validation automatique hors délai"));
    // Works documents (issue 14): those the maîtrise d'œuvre left past its 7 days go on to the MOA; every minute too.
    scheduleMoeDeadlineRun().catch((error: unknown) => logger.error({ err: error }, "planification du délai de la maîtrise d'œuvre"));
    // The daily digest of notifications (Mon compte > Abonnements) goes out at 18:00 Paris time; each run schedules the next.
    const { scheduleNotificationDigest } = await import("./server/mail/notification-digest.ts");
    scheduleNotificationDigest().catch((error: unknown) => logger.error({ err: error }, "planification de la synthèse quotidienne des notifications"));
  }
}
