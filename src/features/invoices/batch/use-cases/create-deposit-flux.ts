// "Déposer le lot": the upload becomes a flux in ONE transaction — its number, its items (each file with its bytes
// and SHA-256) and the chunk jobs that will process them in the background. Nothing is read or validated here
// beyond the upload itself (ZIP limits, XML count), so that 10,000 invoices are accepted in seconds; the compte
// rendu fills in as the jobs run (process-deposit-flux-chunk.ts). Any refusal stores nothing.
// Only the files that wait for a job keep their bytes (a file rejected at once, not XML or a duplicate, keeps its
// size only), counted in DepositFlux.storedBytes against the flux's and the structure's quotas (config.depositStorage).
import { randomUUID } from "node:crypto";
import type { Tx } from "@/server/db.ts";
import { config } from "@/server/config.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { enqueueJobs } from "@/server/jobs/queue.ts";
import { InvoiceRulesError } from "@/features/invoices/common/index.ts";
import { requireInvoiceEntry } from "@/features/invoices/common/index.ts";
import { depositBatchSchema, type DepositBatchInput } from "../schemas.ts";
import { planUploadInWorker } from "../file-reading/in-worker.ts";
import { CHUNK_SIZE, chunkSingletonKey, fluxChunks, fluxNumber, storedBytesOf, storedContent, uploadLabel, type PlannedItem } from "../rules/flux-plan.ts";
import { DEPOSIT_FLUX_QUEUE, type ChunkPayload } from "../rules/flux-queue.ts";
import { checkFluxQuota, type UploadedFile } from "../file-reading/upload.ts";

export type CreateDepositFluxInput = DepositBatchInput & { files: UploadedFile[] };
export type CreatedFlux = { fluxId: string; number: string; invoiceCount: number };

/** Items per INSERT: keeps each statement's parameters and memory small whatever the size of the flux. */
const INSERT_BATCH = 200;

async function nextFluxNumber(tx: Tx, now: Date): Promise<string> {
  const name = `FLUX${now.getFullYear()}`;
  const [{ value }] = await tx.$queryRaw<{ value: bigint }[]>`
    INSERT INTO counters (name, value) VALUES (${name}, 1)
    ON CONFLICT (name) DO UPDATE SET value = counters.value + 1
    RETURNING value`;
  return fluxNumber(now.getFullYear(), value);
}

/** The items in one statement (arrays unnested): Prisma's createMany is far slower for thousands of files. */
async function insertItems(tx: Tx, fluxId: string, items: PlannedItem[], now: Date) {
  await tx.$executeRaw`
    INSERT INTO deposit_flux_items (id, flux_id, position, file_name, content, size, sha256, status, errors, processed_at)
    SELECT gen_random_uuid(), ${fluxId}::uuid, item.position, item.file_name, item.content, item.size, item.sha256, item.status::"DepositFluxItemStatus", item.errors::jsonb,
           CASE WHEN item.status = 'EN_ATTENTE' THEN NULL ELSE ${now}::timestamp END
    FROM unnest(${items.map((item) => item.position)}::int[], ${items.map((item) => item.fileName.slice(0, 500))}::text[], ${items.map(storedContent)}::bytea[],
                ${items.map((item) => item.content.length)}::int[], ${items.map((item) => item.sha256)}::text[], ${items.map((item) => item.status)}::text[],
                ${items.map((item) => (item.errors ? JSON.stringify(item.errors) : null))}::text[])
      AS item(position, file_name, content, size, sha256, status, errors)`;
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024).toLocaleString("fr-FR")} Mo`;

/** The structure's quota: what its fluxes still waiting keep, plus this one (its row locked: two uploads at once are counted one after the other). */
async function checkStructureQuota(tx: Tx, structureId: string, storedBytes: number) {
  await tx.$queryRaw`SELECT id FROM structures WHERE id = ${structureId}::uuid FOR UPDATE`;
  const [{ kept }] = await tx.$queryRaw<{ kept: bigint | null }[]>`SELECT sum(stored_bytes) AS kept FROM deposit_flux WHERE supplier_structure_id = ${structureId}::uuid`;
  const max = config.depositStorage.structureMaxBytes;
  if (Number(kept ?? 0) + storedBytes > max) {
    throw new AppError("VALIDATION", `Les dépôts par lot de votre structure encore en cours de traitement occupent déjà ${megabytes(Number(kept ?? 0))} (au plus ${megabytes(max)}) : attendez la fin de leur traitement avant de déposer ce lot.`, "files");
  }
}

async function requireSupplierService(client: Tx | typeof db, structureId: string, serviceId: string | undefined) {
  if (!serviceId) return;
  const found = await client.service.count({ where: { id: serviceId, structureId, actif: true } });
  if (found === 0) throw new InvoiceRulesError({ supplierServiceId: "Ce service n'appartient pas à votre structure ou n'est plus actif." });
}

export async function createDepositFlux({ userId, input, ...options }: { userId: string; input: CreateDepositFluxInput; chunkSize?: number; now?: Date }): Promise<CreatedFlux> {
  const parsed = depositBatchSchema.safeParse(input);
  if (!parsed.success) throw InvoiceRulesError.fromZod(parsed.error);
  const { supplierStructureId, cadre } = parsed.data;
  const supplierServiceId = parsed.data.supplierServiceId || undefined;
  await requireInvoiceEntry(db, userId, supplierStructureId);
  await requireSupplierService(db, supplierStructureId, supplierServiceId);

  // Unzipped, hashed and sorted in a worker thread with its own memory limit: a big batch never blocks the pages.
  const items = await planUploadInWorker(input.files, config.depositStorage.fluxMaxBytes);
  const chunks = fluxChunks(items, options.chunkSize ?? CHUNK_SIZE);
  const alreadyProcessed = items.filter((item) => item.status !== "EN_ATTENTE").length;
  const storedBytes = storedBytesOf(items);
  checkFluxQuota(storedBytes, config.depositStorage.fluxMaxBytes); // checked in the worker already: the bytes never came here
  const now = options.now ?? new Date();

  return db.$transaction(
    async (tx) => {
      await requireInvoiceEntry(tx, userId, supplierStructureId);
      await checkStructureQuota(tx, supplierStructureId, storedBytes);
      // The number is taken last (see below): the flux holds a unique placeholder until then.
      const flux = await tx.depositFlux.create({
        data: {
          number: `EN-PREPARATION-${randomUUID()}`,
          supplierStructureId,
          supplierServiceId,
          createdById: userId,
          format: "XML_STRUCTURE",
          cadre,
          uploadName: uploadLabel(input.files.map((file) => file.name)),
          invoiceCount: items.length,
          processedCount: alreadyProcessed,
          storedBytes,
          createdAt: now,
        },
        select: { id: true },
      });
      for (let start = 0; start < items.length; start += INSERT_BATCH) await insertItems(tx, flux.id, items.slice(start, start + INSERT_BATCH), now);
      await enqueueJobs(
        tx,
        DEPOSIT_FLUX_QUEUE,
        chunks.map((chunk) => ({ payload: { fluxId: flux.id, from: chunk.from, to: chunk.to } satisfies ChunkPayload, singletonKey: chunkSingletonKey(flux.id, chunk) })),
      );
      // Last, so that the counter's row stays locked only for the end of the transaction, not while the files are written.
      const number = await nextFluxNumber(tx, now);
      await tx.depositFlux.update({ where: { id: flux.id }, data: { number } });
      return { fluxId: flux.id, number, invoiceCount: items.length };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
