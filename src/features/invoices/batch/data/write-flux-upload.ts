// The writing of an upload (create-deposit-flux.ts): the flux, its items with their bytes, its chunk jobs and its
// number, in ONE transaction on a connection of the batch's `pg` pool (pg-pool.ts), not through Prisma. Prisma sends a raw
// query's bytes base64 in a JSON of the parameters, parses it back, decodes it and the driver writes it again in hex:
// about +220 MB of RSS for 10,000 files (decision 0020). Here each file is a parameter of its own, sent in binary as it
// is (pg sends a Buffer, or a view of the file's bytes, without copying it into text). Atomic as before: a refusal or
// a crash before COMMIT stores nothing (PostgreSQL rolls back the transaction of a connection that dies).
import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { CadreFacturation } from "@/generated/prisma/enums.ts";
import { fluxNumber, type ItemPlan } from "../rules/flux-plan.ts";
import { batchPgPool } from "./pg-pool.ts";

export type UploadClient = pg.ClientBase;

/** Items per INSERT: 200 rows of 8 parameters (about 1.2 MB of files at 6 KB each), a prepared statement reused. */
const INSERT_BATCH = 200;
const ITEM_PARAMS = 8;

/** Runs `work` in a transaction on a connection of the batch's pool (pg-pool.ts). */
export async function inUploadTransaction<T>(work: (client: UploadClient) => Promise<T>): Promise<T> {
  const client = await batchPgPool().connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    client.release();
    return result;
  } catch (error) {
    // A connection whose ROLLBACK failed is not given back to the pool.
    const rolledBack = await client.query("ROLLBACK").then(() => true, () => false);
    client.release(!rolledBack);
    throw error;
  }
}

/** Timestamps as Prisma writes them in `timestamp(3)` columns: UTC, the zone dropped by the cast. */
const utc = (date: Date) => date.toISOString();

/** The structure's quota (its row locked: two uploads at once are counted one after the other): what it keeps already. */
export async function lockStructureStoredBytes(client: UploadClient, structureId: string): Promise<number> {
  await client.query("SELECT id FROM structures WHERE id = $1::uuid FOR UPDATE", [structureId]);
  const { rows } = await client.query<{ kept: string | null }>("SELECT sum(stored_bytes) AS kept FROM deposit_flux WHERE supplier_structure_id = $1::uuid", [structureId]);
  return Number(rows[0]?.kept ?? 0);
}

export type NewFlux = {
  supplierStructureId: string;
  supplierServiceId: string | undefined;
  createdById: string;
  cadre: CadreFacturation;
  uploadName: string;
  invoiceCount: number;
  processedCount: number;
  storedBytes: number;
  createdAt: Date;
};

/** The flux row, under a unique placeholder number until nextFluxNumber (taken last: see create-deposit-flux.ts). */
export async function insertFlux(client: UploadClient, flux: NewFlux): Promise<string> {
  const id = randomUUID();
  await client.query(
    `INSERT INTO deposit_flux (id, number, supplier_structure_id, supplier_service_id, created_by_id, format, cadre, upload_name, invoice_count, processed_count, stored_bytes, created_at)
     VALUES ($1::uuid, $2, $3::uuid, $4::uuid, $5::uuid, 'XML_STRUCTURE'::"DepositMode", $6::"CadreFacturation", $7, $8, $9, $10, $11::timestamp)`,
    [id, `EN-PREPARATION-${randomUUID()}`, flux.supplierStructureId, flux.supplierServiceId ?? null, flux.createdById, flux.cadre, flux.uploadName, flux.invoiceCount, flux.processedCount, flux.storedBytes, utc(flux.createdAt)],
  );
  return id;
}

function itemsStatement(rows: number) {
  const values = Array.from({ length: rows }, (_, row) => {
    const p = (column: number) => `$${2 + row * ITEM_PARAMS + column}`;
    return `(gen_random_uuid(), $1::uuid, ${p(0)}::int, ${p(1)}, ${p(2)}::bytea, ${p(3)}::int, ${p(4)}, ${p(5)}::"DepositFluxItemStatus", ${p(6)}::jsonb, ${p(7)}::timestamp)`;
  });
  return `INSERT INTO deposit_flux_items (id, flux_id, position, file_name, content, size, sha256, status, errors, processed_at) VALUES ${values.join(", ")}`;
}

/**
 * The items, INSERT_BATCH rows per statement, each with its bytes, or null for a file rejected at once (not XML,
 * duplicate: its size is kept, not its bytes). Called for a slice of the flux at a time.
 */
export async function insertItems(client: UploadClient, fluxId: string, items: { plan: ItemPlan; content: Uint8Array | null }[], now: Date) {
  const processedAt = utc(now);
  for (let start = 0; start < items.length; start += INSERT_BATCH) {
    const batch = items.slice(start, start + INSERT_BATCH);
    const values: unknown[] = [fluxId];
    for (const { plan, content } of batch) {
      values.push(plan.position, plan.fileName.slice(0, 500), content, plan.size, plan.sha256, plan.status, plan.errors ? JSON.stringify(plan.errors) : null, plan.status === "EN_ATTENTE" ? null : processedAt);
    }
    // Named: PostgreSQL parses the statement of a full batch once per connection.
    await client.query({ name: `deposit-flux-items-${batch.length}`, text: itemsStatement(batch.length), values });
  }
}

/**
 * The flux's chunk jobs: the rows the job queue's enqueueJobs writes (src/server/jobs/queue.ts: due now, the table's
 * default attempts and status), a second job of the same singletonKey ignored.
 */
export async function enqueueChunkJobs(client: UploadClient, queue: string, jobs: { payload: unknown; singletonKey: string }[]) {
  if (jobs.length === 0) return;
  const now = utc(new Date());
  await client.query(
    `INSERT INTO jobs (id, queue, payload, run_at, singleton_key, created_at)
     SELECT gen_random_uuid(), $1, job.payload::jsonb, $2::timestamp, job.singleton_key, $2::timestamp
     FROM unnest($3::text[], $4::text[]) AS job(payload, singleton_key)
     ON CONFLICT DO NOTHING`,
    [queue, now, jobs.map((job) => JSON.stringify(job.payload)), jobs.map((job) => job.singletonKey)],
  );
}

/** The flux's number from the year's counter, taken last so that the counter's row stays locked only for the end. */
export async function numberFlux(client: UploadClient, fluxId: string, now: Date): Promise<string> {
  const name = `FLUX${now.getFullYear()}`;
  const { rows } = await client.query<{ value: string }>(
    `INSERT INTO counters (name, value) VALUES ($1, 1)
     ON CONFLICT (name) DO UPDATE SET value = counters.value + 1
     RETURNING value`,
    [name],
  );
  const number = fluxNumber(now.getFullYear(), BigInt(rows[0].value));
  await client.query("UPDATE deposit_flux SET number = $2 WHERE id = $1::uuid", [fluxId, number]);
  return number;
}
