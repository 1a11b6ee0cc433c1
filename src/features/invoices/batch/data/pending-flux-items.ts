// The files of a chunk still waiting, with their bytes, read through the batch's `pg` pool: Prisma hands a Bytes
// column over as base64 text decoded again into a new buffer (for 100 files of 7 KB, about 2 MB of garbage per chunk
// on the thread that serves pages), pg as the bytes themselves.
import pg from "pg";
import { batchPgPool } from "./pg-pool.ts";

const BYTEA = 17;
/** pg's parsers, but a binary bytea kept as the bytes it reads (pg's default for a type it has no binary parser for is a string). */
const binaryTypes = { getTypeParser: (oid: number, format?: "text" | "binary") => (oid === BYTEA && format === "binary" ? (value: Buffer) => value : pg.types.getTypeParser(oid, format)) };

export type PendingFluxItem = { id: string; position: number; fileName: string; content: Uint8Array | null; sha256: string };

/**
 * The items of positions from..to of a flux still EN_ATTENTE, in position order. In PostgreSQL's binary format: a
 * bytea in text comes as hex, a string twice the file's size parsed again into bytes (12 KB of garbage per file, a
 * fifth of what the chunks allocated on this thread; decision 0020, fifth pass). Binary, every column must have a
 * binary parser in pg (the uuid is read as text, the bytea kept as bytes); each file is copied out of the socket's buffer, which its view
 * would otherwise keep alive and which a structured clone to the file-reading thread would copy whole.
 */
export async function pendingFluxItems(fluxId: string, from: number, to: number): Promise<PendingFluxItem[]> {
  // `binary` is pg's (Query reads it), not in its type definitions.
  const query: pg.QueryConfig & { binary: boolean } = {
    types: binaryTypes,
    text: `SELECT id::text AS id, position, file_name AS "fileName", content, sha256 FROM deposit_flux_items
           WHERE flux_id = $1 AND position BETWEEN $2 AND $3 AND status = 'EN_ATTENTE' ORDER BY position`,
    values: [fluxId, from, to],
    binary: true,
  };
  const { rows } = await batchPgPool().query<Omit<PendingFluxItem, "content"> & { content: Buffer | null }>(query);
  return rows.map((row) => ({ ...row, content: row.content === null ? null : new Uint8Array(row.content) }));
}
