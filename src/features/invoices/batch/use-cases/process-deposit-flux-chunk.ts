// The job of one chunk of a flux: each file still EN_ATTENTE is read, validated, checked against the directory and
// the supplier's invoices, then becomes a DEPOSEE invoice (item ACCEPTEE) or is refused with its findings (item
// REJETEE). The invoices and their items' statuses are written in the SAME transaction, per batch, so a crash loses
// no accepted invoice, and a retry skips what is done (only EN_ATTENTE items are taken, locked): it never writes an
// invoice twice. The transaction that processes the flux's last file gives the flux its final status and tells the
// supplier's users, once, and the supplier's webhooks (flux.integre). A processed file drops its bytes (an accepted
// one's invoice keeps its own original), and the flux's storedBytes goes down by as much: only the files still waiting
// take room in the database.
import type { Finding } from "@/features/einvoice/index.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { recordEvents } from "@/server/events.ts";
import { logger } from "@/server/logger.ts";
import { emitWebhookEvent } from "@/server/webhooks/emit.ts";
import type { DepositedInvoice } from "@/features/invoices/deposit/index.ts";
import { requireInvoiceEntry, supplierUserIds } from "@/features/invoices/common/index.ts";
import { PORTAL_RULES, technicalFinding } from "../rules/batch-findings.ts";
import { checkFluxFilesInWorker } from "../file-reading/in-worker.ts";
import type { FileVerdict } from "../rules/check-flux-file.ts";
import { fileGroups } from "../rules/file-groups.ts";
import { fluxPartiesResolver, type PartiesVerdict } from "../data/flux-parties.ts";
import { pendingFluxItems } from "../data/pending-flux-items.ts";
import { chunkPayloadSchema } from "../rules/flux-queue.ts";
import { FLUX_STATUS_LABELS, finishedFluxStatus, fluxFinishedMessage } from "../rules/flux-status.ts";
import { reserveTemporaryNumbers, writeFluxInvoices, type AcceptedFile, type FluxWriteContext } from "../data/write-flux-invoices.ts";

export type ChunkOptions = {
  /** Items per transaction (default: the whole chunk). */
  writeBatchSize?: number;
  /** For tests: a crash inside a batch's transaction (rolled back) or just after it committed. */
  hooks?: { beforeCommit?: (batch: number) => void | Promise<void>; afterCommit?: (batch: number) => void | Promise<void> };
  now?: () => Date;
};

type PendingItem = { id: string; position: number; fileName: string; content: Uint8Array; sha256: string };
/** findings: EN 16931's and the portal's; reform: the BR-FR warnings (decision 0014), stored apart. */
type ItemOutcome = { item: PendingItem; invoiceNumber?: string; findings: Finding[]; reform?: Finding[]; accepted?: AcceptedFile };
type Flux = { id: string; number: string; supplierStructureId: string; supplierServiceId: string | null; createdById: string; cadre: FluxWriteContext["cadre"] };

/** The depositor's right to deposit for the structure, checked again for every chunk (a mandate may be revoked meanwhile). */
async function entryRefusal(userId: string, structureId: string): Promise<Finding | null> {
  try {
    await requireInvoiceEntry(db, userId, structureId);
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const message = error.code === "NOT_FOUND" ? "La personne qui a déposé le flux n'a plus accès aux factures émises de la structure." : error.message;
    return { rule: PORTAL_RULES.supplier, severity: "fatal", message, location: "BG-4" };
  }
}

/**
 * The verdicts of a group of files, checked in a worker thread (off the event loop); null for a file whose check
 * broke (a reader or rule that throws on it is a bug: that file is refused, the others go on). A group the worker
 * could not finish (memory, time, a crash) is checked again one file at a time, so that only the file at fault fails.
 */
async function verdictsOf(items: PendingItem[]): Promise<(FileVerdict | null)[]> {
  try {
    const verdicts = await checkFluxFilesInWorker(items.map(({ fileName, content }) => ({ fileName, content })));
    return verdicts.map((verdict, index) => {
      if ("verdict" in verdict) return verdict.verdict;
      logger.error({ err: verdict.error, itemId: items[index].id }, "fichier de flux non traité");
      return null;
    });
  } catch (error) {
    if (items.length > 1) return (await inFlight(items, 1, (item) => verdictsOf([item]))).flat();
    logger.error({ err: error, itemId: items[0].id }, "fichier de flux non traité");
    return [null];
  }
}

async function judge(item: PendingItem, verdict: FileVerdict | null, resolveParties: (deposited: DepositedInvoice) => Promise<PartiesVerdict>): Promise<ItemOutcome> {
  if (!verdict) return { item, findings: [technicalFinding()] };
  if (!verdict.accepted) return { item, invoiceNumber: verdict.invoiceNumber, findings: verdict.findings, reform: verdict.reform };
  const parties = await resolveParties(verdict.deposited);
  if (parties.findings.length > 0 || !parties.recipientStructureId) return { item, invoiceNumber: verdict.invoiceNumber, findings: [...parties.findings, ...verdict.warnings], reform: verdict.reform };
  const deposited = { ...verdict.deposited, invoiceNumber: verdict.invoiceNumber };
  return {
    item,
    invoiceNumber: verdict.invoiceNumber,
    findings: verdict.warnings,
    reform: verdict.reform,
    accepted: { itemId: item.id, fileName: item.fileName, content: item.content, sha256: item.sha256, deposited, recipientStructureId: parties.recipientStructureId, recipientServiceId: parties.recipientServiceId },
  };
}

/**
 * Every item's outcome in one statement, its rows as one JSON parameter (as the invoices are written); its bytes are
 * dropped (read for the last time by writeFluxInvoices just before).
 */
async function updateItems(tx: Tx, rows: { id: string; status: "ACCEPTEE" | "REJETEE"; invoiceNumber: string | null; invoiceId: string | null; errors: Finding[]; reform: Finding[] }[], now: Date) {
  const outcomes = rows.map((row) => ({
    id: row.id,
    status: row.status,
    invoice_number: row.invoiceNumber,
    invoice_id: row.invoiceId,
    errors: row.errors.length > 0 ? row.errors : null,
    reform_warnings: row.reform.length > 0 ? row.reform : null,
  }));
  await tx.$executeRaw`
    UPDATE deposit_flux_items AS item
    SET status = outcome.status::"DepositFluxItemStatus", invoice_number = outcome.invoice_number, invoice_id = outcome.invoice_id,
        errors = outcome.errors, reform_warnings = outcome.reform_warnings, processed_at = ${now}, content = NULL
    FROM json_to_recordset(${JSON.stringify(outcomes)}::json) AS outcome(id uuid, status text, invoice_number text, invoice_id uuid, errors jsonb, reform_warnings jsonb)
    WHERE item.id = outcome.id`;
}

/** Counts the batch on the flux (its row is locked from here to the commit: kept for the end) and finishes the flux after its last file. */
async function countAndFinish(tx: Tx, flux: Flux, processed: number, accepted: number, now: Date, freedBytes: number) {
  const counts = await tx.depositFlux.update({
    where: { id: flux.id },
    data: { processedCount: { increment: processed }, acceptedCount: { increment: accepted }, storedBytes: { decrement: freedBytes } },
    select: { processedCount: true, acceptedCount: true, invoiceCount: true },
  });
  if (counts.processedCount < counts.invoiceCount) return;
  const status = finishedFluxStatus(counts.invoiceCount, counts.acceptedCount);
  const { count } = await tx.depositFlux.updateMany({ where: { id: flux.id, status: "EN_COURS" }, data: { status, finishedAt: now, storedBytes: 0 } });
  if (count === 0) return;
  await recordEvents(tx, {
    userIds: await supplierUserIds(tx, flux.supplierStructureId),
    structureId: flux.supplierStructureId,
    espace: "FACTURES_EMISES",
    type: "FLUX_TRAITE",
    message: fluxFinishedMessage(flux.number, status, counts.acceptedCount, counts.invoiceCount - counts.acceptedCount),
    link: `/factures-emises/depot/flux/${flux.id}`,
  });
  await emitWebhookEvent(
    tx,
    {
      type: "FLUX_INTEGRE",
      structureIds: [flux.supplierStructureId],
      data: {
        idFlux: flux.id,
        numeroFluxDepot: flux.number,
        nombreFactures: counts.invoiceCount,
        nombreFacturesAcceptees: counts.acceptedCount,
        nombreFacturesRejetees: counts.invoiceCount - counts.acceptedCount,
        statut: { code: status, libelle: FLUX_STATUS_LABELS[status] },
      },
    },
    now,
  );
}

async function writeBatch(flux: Flux, context: FluxWriteContext, outcomes: ItemOutcome[], batch: number, options: ChunkOptions) {
  const now = options.now?.() ?? new Date();
  const temporaryNumbers = await reserveTemporaryNumbers(outcomes.filter((outcome) => outcome.accepted).length, now);
  await db.$transaction(
    async (tx) => {
      // Only items still waiting, locked: a second run of this chunk (its lock expired while this one ran) waits here and then skips them.
      const waiting = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM deposit_flux_items WHERE id = ANY(${outcomes.map((outcome) => outcome.item.id)}::uuid[]) AND status = 'EN_ATTENTE' FOR UPDATE`;
      const still = new Set(waiting.map((row) => row.id));
      const current = outcomes.filter((outcome) => still.has(outcome.item.id));
      if (current.length === 0) return;
      const accepted = current.flatMap((outcome) => (outcome.accepted ? [outcome.accepted] : []));
      const { written, refused, recycled } = await writeFluxInvoices(tx, context, accepted, temporaryNumbers, now);
      await updateItems(
        tx,
        current.map((outcome) => {
          const invoiceId = written.get(outcome.item.id) ?? null;
          const refusal = refused.get(outcome.item.id) ?? recycled.get(outcome.item.id);
          return {
            id: outcome.item.id,
            status: invoiceId ? "ACCEPTEE" : "REJETEE",
            invoiceNumber: outcome.invoiceNumber?.slice(0, 200) ?? null,
            invoiceId,
            errors: refusal ? [refusal, ...outcome.findings] : outcome.findings,
            reform: outcome.reform ?? [],
          };
        }),
        now,
      );
      await options.hooks?.beforeCommit?.(batch);
      const freed = current.reduce((sum, outcome) => sum + outcome.item.content.length, 0);
      await countAndFinish(tx, flux, current.length, written.size, now, freed);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/**
 * Groups of one chunk in flight at once: enough to keep the file-reading threads busy (two chunks run at once by
 * default) while this thread resolves the parties, few enough that a single deposit's file queued behind them waits
 * for a few groups (fileGroups), not a whole chunk.
 */
const GROUPS_IN_FLIGHT = 2;

/** `work` on each value, at most `limit` at a time; the results in the values' order. */
async function inFlight<T, R>(values: T[], limit: number, work: (value: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(values.length);
  let next = 0;
  const lane = async () => {
    while (next < values.length) {
      const index = next++;
      results[index] = await work(values[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, values.length) }, lane));
  return results;
}

/** The job handler (queue DEPOSIT_FLUX_QUEUE): payload { fluxId, from, to }. */
export async function processDepositFluxChunk({ payload, ...options }: { payload: unknown } & ChunkOptions): Promise<void> {
  const { fluxId, from, to } = chunkPayloadSchema.parse(payload);
  const flux = await db.depositFlux.findUnique({
    where: { id: fluxId },
    select: { id: true, number: true, status: true, supplierStructureId: true, supplierServiceId: true, createdById: true, cadre: true },
  });
  if (!flux || flux.status !== "EN_COURS") return;
  const pending = await pendingFluxItems(fluxId, from, to);
  if (pending.length === 0) return;

  const refusal = await entryRefusal(flux.createdById, flux.supplierStructureId);
  const context: FluxWriteContext = {
    fluxId: flux.id,
    userId: flux.createdById,
    supplierStructureId: flux.supplierStructureId,
    supplierServiceId: flux.supplierServiceId,
    cadre: flux.cadre,
  };
  const resolveParties = fluxPartiesResolver(db, flux.supplierStructureId);
  // A waiting item always keeps its bytes; one without (never expected) is refused rather than read.
  const items = pending.map(({ content, ...rest }) => ({ ...rest, content: content ?? new Uint8Array(0), missing: content === null }));
  const outcomes: ItemOutcome[] = refusal
    ? items.map((item) => ({ item, findings: [refusal] }))
    : (
        await inFlight(fileGroups(items), GROUPS_IN_FLIGHT, async (group) => {
          const readable = group.filter((item) => !item.missing);
          const verdicts = readable.length > 0 ? await verdictsOf(readable) : [];
          const verdictOf = new Map(readable.map((item, index) => [item, verdicts[index]]));
          return Promise.all(group.map((item) => judge(item, verdictOf.get(item) ?? null, resolveParties)));
        })
      ).flat();

  const size = Math.max(1, options.writeBatchSize ?? outcomes.length);
  for (let start = 0, batch = 0; start < outcomes.length; start += size, batch++) {
    await writeBatch(flux, context, outcomes.slice(start, start + size), batch, options);
    await options.hooks?.afterCommit?.(batch);
  }
}
