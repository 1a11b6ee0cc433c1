// From the files of an upload to the items of a flux and its chunk jobs. Each file becomes an item (its bytes and
// SHA-256); a file that is neither an XML nor a PDF (a Factur-X), or the same bytes twice in the flux, is rejected at
// once (the first occurrence stays); the others wait for the chunk job that covers their position. Pure.
import { sha256Hex } from "@/lib/sha256.ts";
import type { Finding } from "@/features/einvoice/index.ts";
import { duplicateFileFinding, notXmlFinding } from "./batch-findings.ts";

export type FluxFile = { fileName: string; content: Uint8Array };

export type PlannedItem = FluxFile & { position: number; sha256: string; status: "EN_ATTENTE" | "REJETEE"; errors: Finding[] | null };

/** Files per job: small enough for a short transaction, large enough to keep the per-job cost low. */
export const CHUNK_SIZE = 100;

export const isXmlFileName = (name: string) => /\.xml$/i.test(name.trim());

/** A PDF by its content ("%PDF-"), whatever its name. */
export const isPdf = (content: Uint8Array) => content.length >= 5 && String.fromCharCode(...content.subarray(0, 5)) === "%PDF-";

/**
 * A file the flux reads as an invoice: an XML (UBL, CII), or a PDF named .pdf, read as a Factur-X (its embedded XML)
 * when its chunk is processed.
 */
export const isInvoiceFile = (file: FluxFile) => isXmlFileName(file.fileName) || (/\.pdf$/i.test(file.fileName.trim()) && isPdf(file.content));

export function planFluxItems(files: FluxFile[]): PlannedItem[] {
  return files.map(fluxItemPlanner());
}

/** planFluxItems one file at a time, in upload order (the planner remembers the fingerprints seen). */
export function fluxItemPlanner(): (file: FluxFile) => PlannedItem {
  const firstBySha = new Map<string, string>();
  let position = 0;
  return (file) => {
    const sha256 = sha256Hex(file.content);
    const base = { ...file, position: ++position, sha256 };
    if (!isInvoiceFile(file)) return { ...base, status: "REJETEE", errors: [notXmlFinding()] };
    const first = firstBySha.get(sha256);
    if (first !== undefined) return { ...base, status: "REJETEE", errors: [duplicateFileFinding({ fileName: first })] };
    firstBySha.set(sha256, file.fileName);
    return { ...base, status: "EN_ATTENTE", errors: null };
  };
}

/** Where a file of the upload comes from: the uploaded file, and its entry when that is a ZIP. */
export type FileSource = { file: number; entry?: number };

/** An item as planned, without its bytes (read again from the upload when written): its size and where it comes from. */
export type ItemPlan = Omit<PlannedItem, "content"> & { size: number; source: FileSource };

/** The bytes the items of the plan keep in the database: those of its files that wait for their job (a file rejected
 * at once, not XML or a duplicate, is never read again: its bytes are not kept). */
export const plannedStoredBytes = (plans: ItemPlan[]) => plans.reduce((sum, plan) => sum + (plan.status === "EN_ATTENTE" ? plan.size : 0), 0);

export type FluxChunk = { from: number; to: number };

/** Position ranges [from, to] of `size` items, only those with an item still to process. */
export function fluxChunks(items: Pick<PlannedItem, "position" | "status">[], size = CHUNK_SIZE): FluxChunk[] {
  const chunks = new Map<number, FluxChunk>();
  for (const item of items) {
    if (item.status !== "EN_ATTENTE") continue;
    const index = Math.floor((item.position - 1) / size);
    chunks.set(index, { from: index * size + 1, to: (index + 1) * size });
  }
  return [...chunks.values()].sort((a, b) => a.from - b.from);
}

/** One job per chunk, ever: enqueuing the same chunk twice is a no-op. */
export const chunkSingletonKey = (fluxId: string, chunk: FluxChunk) => `flux:${fluxId}:${chunk.from}-${chunk.to}`;

/** "FLUX2026" + 14-digit sequence, from the year's counter. */
export const fluxNumber = (year: number, sequence: bigint | number) => `FLUX${year}${sequence.toString().padStart(14, "0")}`;

/** What the flux shows as its upload: the ZIP's name, or the XML files' names (shortened beyond a few). */
export function uploadLabel(names: string[], shown = 3): string {
  const label = names.length <= shown ? names.join(", ") : `${names.slice(0, shown).join(", ")} et ${names.length - shown} autres fichiers`;
  return label.slice(0, 500);
}
