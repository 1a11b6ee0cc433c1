// The batch's job handlers, handed to the job runner at start-up: each chunk of a flux deposited (queue
// "deposit-flux-chunk", enqueued by createDepositFlux).
import type { JobHandlers } from "@/server/jobs/run-jobs.ts";
import { DEPOSIT_FLUX_QUEUE } from "./rules/flux-queue.ts";
import { processDepositFluxChunk } from "./use-cases/process-deposit-flux-chunk.ts";

export const depositFluxJobHandlers: JobHandlers = { [DEPOSIT_FLUX_QUEUE]: (payload) => processDepositFluxChunk({ payload }) };
