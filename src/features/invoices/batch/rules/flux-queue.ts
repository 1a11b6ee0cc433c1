// The queue of the batch deposit: one job per chunk of a flux's positions. Pure.
import { z } from "zod";
import { uuid } from "@/lib/uuid.ts";

export const DEPOSIT_FLUX_QUEUE = "deposit-flux-chunk";

export const chunkPayloadSchema = z.object({ fluxId: uuid(), from: z.int().positive(), to: z.int().positive() });
export type ChunkPayload = z.infer<typeof chunkPayloadSchema>;
