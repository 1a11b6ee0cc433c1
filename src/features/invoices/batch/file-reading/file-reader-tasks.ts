// What the file-reading worker threads do (see the deposit's in-worker.ts): the CPU-heavy reading of deposited files,
// away from the event loop that serves pages — one deposited file (the deposit's readInvoiceFileInWorker), a batch's
// upload unzipped and planned, each file of a flux checked. Each task answers its message with its result, or with
// its error described well enough to be rebuilt as the same typed error on the other side. Only pure files are
// imported here (no area entry, which would load the database client into every worker).
import { parentPort } from "node:worker_threads";
import { type DepositFormat, readInvoiceFile } from "@/features/einvoice/index.ts";
import type { SerializedError } from "@/server/worker-pool.ts";
import type { FileSource } from "../rules/flux-plan.ts";
import { checkFluxFiles } from "../rules/check-flux-file.ts";
import { planUpload, uploadContents, type UploadedFile } from "./upload.ts";

const tasks: Record<string, (args: never) => Promise<{ result: unknown; transfer?: ArrayBuffer[] }>> = {
  async readInvoiceFile(args: { bytes: Uint8Array; fileName: string; format?: DepositFormat }) {
    return { result: await readInvoiceFile(args.bytes, { fileName: args.fileName, format: args.format }) };
  },
  /** Unzips and plans a batch upload: the files' names, sizes, SHA-256 and statuses (no bytes), the ones rejected at once. */
  async planUpload(args: { files: UploadedFile[]; maxInvoices: number; maxStoredBytes: number }) {
    return { result: planUpload(args.files, args.maxInvoices, args.maxStoredBytes) }; // the quota refused here: the bytes never reach the server's thread
  },
  /** The bytes of some files of a planned upload, moved (not copied) when they own their buffer whole. */
  async uploadContents(args: { files: UploadedFile[]; sources: FileSource[]; maxInvoices: number }) {
    const contents = uploadContents(args.files, args.sources, args.maxInvoices);
    const owned = contents.filter((content) => content.byteOffset === 0 && content.byteLength === content.buffer.byteLength && content.byteLength > 0 && !(content.buffer instanceof SharedArrayBuffer));
    return { result: contents, transfer: [...new Set(owned.map((content) => content.buffer as ArrayBuffer))] };
  },
  async checkFluxFiles(args: { files: { fileName: string; content: Uint8Array }[] }) {
    return { result: await checkFluxFiles(args.files) };
  },
};

function serialize(error: unknown): SerializedError {
  if (error instanceof Error) {
    const { code, field, fieldErrors } = error as Error & { code?: string; field?: string; fieldErrors?: unknown };
    return { name: error.name, message: error.message, code, field, fieldErrors };
  }
  return { name: "Error", message: String(error) };
}

const port = parentPort!;
port.on("message", async (message: { id: number; task: string; args: unknown }) => {
  try {
    const run = tasks[message.task];
    if (!run) throw new Error(`tâche inconnue : ${message.task}`);
    const { result, transfer } = await run(message.args as never);
    port.postMessage({ id: message.id, ok: true, result }, transfer ?? []);
  } catch (error) {
    port.postMessage({ id: message.id, ok: false, error: serialize(error) });
  }
});
port.postMessage({ ready: true });
