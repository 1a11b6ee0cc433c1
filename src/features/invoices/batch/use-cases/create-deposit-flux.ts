// "Déposer le lot": the upload becomes a flux in ONE transaction — its number, its items (each file with its bytes
// and SHA-256) and the chunk jobs that will process them in the background — written through the `pg` driver
// (data/write-flux-upload.ts), not Prisma, so that the files' bytes are sent as they are. Nothing is read or validated here
// beyond the upload itself (ZIP limits, XML count), so that 10,000 invoices are accepted in seconds; the compte
// rendu fills in as the jobs run (process-deposit-flux-chunk.ts). Any refusal stores nothing.
// Only the files that wait for a job keep their bytes (a file rejected at once, not XML or a duplicate, keeps its
// size only), counted in DepositFlux.storedBytes against the flux's and the structure's quotas (config.depositStorage).
import type { Tx } from "@/server/db.ts";
import { config } from "@/server/config.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { InvoiceRulesError } from "@/features/invoices/common/index.ts";
import { requireInvoiceEntry } from "@/features/invoices/common/index.ts";
import { depositBatchSchema, type DepositBatchInput } from "../schemas.ts";
import { planUploadInWorker, shareUpload, uploadContentsInWorker } from "../file-reading/in-worker.ts";
import { CHUNK_SIZE, chunkSingletonKey, fluxChunks, plannedStoredBytes, uploadLabel } from "../rules/flux-plan.ts";
import { enqueueChunkJobs, insertFlux, insertItems, inUploadTransaction, lockStructureStoredBytes, numberFlux } from "../data/write-flux-upload.ts";
import { DEPOSIT_FLUX_QUEUE, type ChunkPayload } from "../rules/flux-queue.ts";
import { checkFluxQuota, type UploadedFile } from "../file-reading/upload.ts";

export type CreateDepositFluxInput = DepositBatchInput & { files: UploadedFile[] };
export type CreatedFlux = { fluxId: string; number: string; invoiceCount: number };

/** Files whose bytes are read again and written at once: about 6 MB of files of 6 KB, whatever the size of the flux (each slice reads the ZIP's directory again). */
const CONTENT_SLICE = 1_000;

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024).toLocaleString("fr-FR")} Mo`;

/** The structure's quota: what its fluxes still waiting keep (read under the lock of its row), plus this one. */
function checkStructureQuota(kept: number, storedBytes: number) {
  const max = config.depositStorage.structureMaxBytes;
  if (kept + storedBytes > max) {
    throw new AppError("VALIDATION", `Les dépôts par lot de votre structure encore en cours de traitement occupent déjà ${megabytes(kept)} (au plus ${megabytes(max)}) : attendez la fin de leur traitement avant de déposer ce lot.`, "files");
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

  // Unzipped, hashed and sorted in a worker thread with its own memory limit: a big batch never blocks the pages. The
  // plan holds no bytes: they are read again from the upload (a ZIP's entries inflated again by the threads) a slice
  // at a time as they are written, so that neither thread ever holds the whole flux inflated (decision 0020).
  const files = shareUpload(input.files);
  const plans = await planUploadInWorker(files, config.depositStorage.fluxMaxBytes);
  const chunks = fluxChunks(plans, options.chunkSize ?? CHUNK_SIZE);
  const alreadyProcessed = plans.filter((plan) => plan.status !== "EN_ATTENTE").length;
  const storedBytes = plannedStoredBytes(plans);
  checkFluxQuota(storedBytes, config.depositStorage.fluxMaxBytes); // checked in the worker already: the bytes never came here
  const now = options.now ?? new Date();

  // On a `pg` connection of its own (data/write-flux-upload.ts): the files go as binary parameters, not through
  // Prisma's JSON of parameters. The depositor's right was checked just above, and every chunk checks it again
  // before reading its files (process-deposit-flux-chunk.ts): a right lost meanwhile refuses the files, stores no invoice.
  return inUploadTransaction(async (client) => {
    checkStructureQuota(await lockStructureStoredBytes(client, supplierStructureId), storedBytes);
    const fluxId = await insertFlux(client, {
      supplierStructureId,
      supplierServiceId,
      createdById: userId,
      cadre,
      uploadName: uploadLabel(input.files.map((file) => file.name)),
      invoiceCount: plans.length,
      processedCount: alreadyProcessed,
      storedBytes,
      createdAt: now,
    });
    for (let start = 0; start < plans.length; start += CONTENT_SLICE) {
      const slice = plans.slice(start, start + CONTENT_SLICE);
      // Only the files that wait for a job keep their bytes; a ZIP's are inflated again, the others are the upload's own.
      const fromZip = slice.filter((plan) => plan.status === "EN_ATTENTE" && plan.source.entry !== undefined);
      const inflated = fromZip.length > 0 ? await uploadContentsInWorker(files, fromZip.map((plan) => plan.source)) : [];
      const contents = new Map(fromZip.map((plan, index) => [plan.position, inflated[index]]));
      await insertItems(
        client,
        fluxId,
        slice.map((plan) => ({ plan, content: plan.status !== "EN_ATTENTE" ? null : (contents.get(plan.position) ?? input.files[plan.source.file].bytes) })),
        now,
      );
    }
    await enqueueChunkJobs(
      client,
      DEPOSIT_FLUX_QUEUE,
      chunks.map((chunk) => ({ payload: { fluxId, from: chunk.from, to: chunk.to } satisfies ChunkPayload, singletonKey: chunkSingletonKey(fluxId, chunk) })),
    );
    // Last, so that the counter's row stays locked only for the end of the transaction, not while the files are written.
    const number = await numberFlux(client, fluxId, now);
    return { fluxId, number, invoiceCount: plans.length };
  });
}
