// The batch's reading of files in the deposit's worker threads (its in-worker.ts): planning an upload, reading again
// the bytes of its files a slice at a time, checking each file of a flux, away from the event loop that serves pages.
import { AppError } from "@/server/errors.ts";
import { runFileTask } from "@/features/invoices/deposit/index.ts";
import { checkFluxFiles, type GroupVerdict } from "../rules/check-flux-file.ts";
import type { FileSource, ItemPlan } from "../rules/flux-plan.ts";
import { maxInvoicesPerFlux, planUpload, uploadContents, type UploadedFile } from "./upload.ts";

const refused = (message: string) => new AppError("VALIDATION", `Le dépôt est refusé : ${message}`, "files");

/**
 * The upload's ZIP in memory shared with the threads (a SharedArrayBuffer): each reading of a slice of its files
 * (uploadContentsInWorker) hands it over without copying its megabytes again.
 */
export function shareUpload(files: UploadedFile[]): UploadedFile[] {
  return files.map((file) => {
    const isZip = file.bytes.length >= 4 && file.bytes[0] === 0x50 && file.bytes[1] === 0x4b;
    if (!isZip || file.bytes.buffer instanceof SharedArrayBuffer) return file;
    const shared = new Uint8Array(new SharedArrayBuffer(file.bytes.length));
    shared.set(file.bytes);
    return { name: file.name, bytes: shared };
  });
}

/** The upload's plan (planUpload: each file's name, size, SHA-256 and status, no bytes) and the flux's quota, in a worker, or an AppError on "files". */
export function planUploadInWorker(files: UploadedFile[], maxStoredBytes: number, maxInvoices = maxInvoicesPerFlux()): Promise<ItemPlan[]> {
  return runFileTask("planUpload", { files, maxInvoices, maxStoredBytes }, async () => planUpload(files, maxInvoices, maxStoredBytes), refused);
}

/** The bytes of these files of an upload planned already (uploadContents), in a worker. */
export function uploadContentsInWorker(files: UploadedFile[], sources: FileSource[], maxInvoices = maxInvoicesPerFlux()): Promise<Uint8Array[]> {
  return runFileTask("uploadContents", { files, sources, maxInvoices }, async () => uploadContents(files, sources, maxInvoices), refused);
}

/** checkFluxFiles on a group of files (rules/file-groups.ts), in a worker. */
export function checkFluxFilesInWorker(files: { fileName: string; content: Uint8Array }[]): Promise<GroupVerdict[]> {
  return runFileTask("checkFluxFiles", { files }, () => checkFluxFiles(files), (message) => new Error(message));
}
