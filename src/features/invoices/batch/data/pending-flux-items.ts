// The files of a chunk still waiting, with their bytes, read through the batch's `pg` pool: Prisma hands a Bytes
// column over as base64 text decoded again into a new buffer (for 100 files of 7 KB, about 2 MB of garbage per chunk
// on the thread that serves pages), pg as the bytes themselves.
import { batchPgPool } from "./pg-pool.ts";

export type PendingFluxItem = { id: string; position: number; fileName: string; content: Uint8Array | null; sha256: string };

/** The items of positions from..to of a flux still EN_ATTENTE, in position order. */
export async function pendingFluxItems(fluxId: string, from: number, to: number): Promise<PendingFluxItem[]> {
  const { rows } = await batchPgPool().query<PendingFluxItem>(
    `SELECT id, position, file_name AS "fileName", content, sha256 FROM deposit_flux_items
     WHERE flux_id = $1 AND position BETWEEN $2 AND $3 AND status = 'EN_ATTENTE' ORDER BY position`,
    [fluxId, from, to],
  );
  return rows;
}
