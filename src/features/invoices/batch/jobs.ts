// The batch's job handlers, handed to the job runner at start-up: each chunk of a flux deposited (queue
// "deposit-flux-chunk", enqueued by createDepositFlux).
import { withHeapGrowthLimited } from "@/server/heap-growth.ts";
import type { JobHandlers } from "@/server/jobs/run-jobs.ts";
import { DEPOSIT_FLUX_QUEUE } from "./rules/flux-queue.ts";
import { processDepositFluxChunk } from "./use-cases/process-deposit-flux-chunk.ts";

/** A chunk runs with the process's heap growth limited (src/server/heap-growth.ts): it allocates fast. */
export const depositFluxJobHandlers: JobHandlers = { [DEPOSIT_FLUX_QUEUE]: (payload) => withHeapGrowthLimited(() => processDepositFluxChunk({ payload })) };
