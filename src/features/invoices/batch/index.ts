// invoices/batch — Dépôt par lot: a flux of XML files uploaded, planned and checked in worker threads, its invoices
// sent chunk by chunk by the job queue, its compte rendu. The entry for server code and other areas.
export { depositFluxJobHandlers } from "./jobs.ts";
export { createDepositFlux } from "./use-cases/create-deposit-flux.ts";
export { getDepositFlux, type DepositFluxReport } from "./use-cases/get-deposit-flux.ts";
export { listDepositFlux, type FluxListRow } from "./use-cases/list-deposit-flux.ts";
export { processDepositFluxChunk } from "./use-cases/process-deposit-flux-chunk.ts";
export { BATCH_CADRES, depositBatchSchema } from "./schemas.ts";
export { FLUX_ITEM_STATUS_LABELS, FLUX_STATUS_LABELS } from "./rules/flux-status.ts";
