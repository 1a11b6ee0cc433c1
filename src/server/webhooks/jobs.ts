// The webhooks' job handlers, handed to the job runner at start-up (src/instrumentation.ts) with the features' own.
import type { JobHandlers } from "../jobs/run-jobs.ts";
import { deliverWebhook } from "./deliver.ts";
import { WEBHOOK_DELIVERY_QUEUE } from "./events.ts";

export const webhookJobHandlers: JobHandlers = { [WEBHOOK_DELIVERY_QUEUE]: (payload, job) => deliverWebhook(payload, job) };
