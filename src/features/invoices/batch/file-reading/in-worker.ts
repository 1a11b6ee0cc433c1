// The batch's reading of files in the deposit's worker threads (its in-worker.ts): unzipping and planning an upload,
// checking each file of a flux, away from the event loop that serves pages.
import { AppError } from "@/server/errors.ts";
import { runFileTask } from "@/features/invoices/deposit/index.ts";
import { checkFluxFile, type FileVerdict } from "../rules/check-flux-file.ts";
import { planFluxItems, storedBytesOf, type PlannedItem } from "../rules/flux-plan.ts";
import { checkFluxQuota, collectUploadFiles, maxInvoicesPerFlux, type UploadedFile } from "./upload.ts";

/** collectUploadFiles then planFluxItems and the flux's quota, in a worker: the flux's items, or an AppError on "files". */
export function planUploadInWorker(files: UploadedFile[], maxStoredBytes: number, maxInvoices = maxInvoicesPerFlux()): Promise<PlannedItem[]> {
  return runFileTask(
    "planUpload",
    { files, maxInvoices, maxStoredBytes },
    async () => {
      const items = planFluxItems(collectUploadFiles(files, maxInvoices));
      checkFluxQuota(storedBytesOf(items), maxStoredBytes);
      return items;
    },
    (message) => new AppError("VALIDATION", `Le dépôt est refusé : ${message}`, "files"),
  );
}

/** checkFluxFile, in a worker. */
export function checkFluxFileInWorker(file: { fileName: string; content: Uint8Array }): Promise<FileVerdict> {
  return runFileTask("checkFluxFile", { fileName: file.fileName, content: file.content }, () => checkFluxFile(file), (message) => new Error(message));
}
