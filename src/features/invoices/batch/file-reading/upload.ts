// "Choix des fichiers" of a batch: several XML files and/or one ZIP of them. The ZIP is recognised from its content
// (never its name) and opened with the hardened reader (size, ratio and count limits); its folders are flattened
// into file names "dossier/facture.xml". Refusals are French errors (AppError, rebuilt as such across the worker's
// boundary) on the field "files", the flux's quota included; nothing is stored. Run by the file-reading worker.
import { DEFAULT_ZIP_LIMITS, EInvoiceReadError, zipEntries, type ZipLimits } from "@/features/einvoice/index.ts";
import { AppError } from "@/server/errors.ts";
import { fluxItemPlanner, isInvoiceFile, plannedStoredBytes, type FileSource, type FluxFile, type ItemPlan } from "../rules/flux-plan.ts";

export type UploadedFile = { name: string; bytes: Uint8Array };

export const DEFAULT_MAX_INVOICES = 10_000;

/** DEPOSIT_MAX_INVOICES, default 10,000: invoices (XML files) in one flux. */
export function maxInvoicesPerFlux(): number {
  const value = Number(process.env.DEPOSIT_MAX_INVOICES ?? DEFAULT_MAX_INVOICES);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_MAX_INVOICES;
}

const refuse = (message: string) => new AppError("VALIDATION", message, "files");
const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const thousands = (value: number) => new Intl.NumberFormat("fr-FR").format(value).replace(/[\u202f\u00a0]/g, " ");

/** The files of the flux, in upload order (a ZIP's entries in their order), or a French refusal on "files". */
export function collectUploadFiles(uploaded: UploadedFile[], maxInvoices = maxInvoicesPerFlux()): FluxFile[] {
  return [...uploadFiles(uploaded, maxInvoices)].map(({ fileName, content }) => ({ fileName, content }));
}

/** A larger flux limit needs a ZIP limit as large. */
const zipLimits = (maxInvoices: number): ZipLimits => ({ ...DEFAULT_ZIP_LIMITS, maxFiles: Math.max(DEFAULT_ZIP_LIMITS.maxFiles, maxInvoices) });

/**
 * The same files one at a time, each with where it comes from (the uploaded file, the ZIP's entry): the caller hashes
 * and plans each before the next is inflated, never holding the whole flux. The refusals found only at the end (no
 * invoice, too many) come after the files were given: the caller keeps nothing of a refused upload.
 */
export function* uploadFiles(uploaded: UploadedFile[], maxInvoices = maxInvoicesPerFlux()): Generator<FluxFile & { source: FileSource }> {
  // An empty file field still posts one nameless, empty part.
  const files = uploaded.map((file, index) => ({ file, index })).filter(({ file }) => Boolean(file.name?.trim()) || file.bytes.length > 0);
  if (files.length === 0) throw refuse("Choisissez les fichiers à déposer : plusieurs fichiers XML ou un fichier ZIP.");
  const empty = files.find(({ file }) => file.bytes.length === 0);
  if (empty) throw refuse(`Le fichier « ${empty.file.name} » est vide.`);
  const zips = files.filter(({ file }) => isZip(file.bytes));
  if (zips.length > 1) throw refuse("Déposez un seul fichier ZIP par lot.");

  let invoices = 0;
  const counted = (file: FluxFile) => {
    if (isInvoiceFile(file)) invoices++;
    return file;
  };
  for (const { file, index } of files) {
    if (!isZip(file.bytes)) {
      yield { ...counted({ fileName: file.name, content: file.bytes }), source: { file: index } };
      continue;
    }
    try {
      let entryIndex = 0;
      for (const entry of zipEntries(file.bytes, zipLimits(maxInvoices))) yield { ...counted({ fileName: entry.name, content: entry.content }), source: { file: index, entry: entryIndex++ } };
    } catch (error) {
      if (error instanceof EInvoiceReadError) throw refuse(`Le fichier ZIP « ${file.name} » est refusé : ${error.message}`);
      throw error;
    }
  }
  if (invoices === 0) throw refuse("Le dépôt ne contient aucun fichier XML ni Factur-X : un lot se compose de factures au format XML (UBL ou CII) ou Factur-X (PDF).");
  if (invoices > maxInvoices) throw refuse(`Un flux comporte au plus ${thousands(maxInvoices)} factures : ce dépôt en contient ${thousands(invoices)}.`);
}

/**
 * The upload's items as planned (planFluxItems), without their bytes: each file hashed and planned before the next is
 * inflated. Then the flux's quota (DEPOSIT_FLUX_MAX_STORED_MB). A French refusal on "files".
 */
export function planUpload(uploaded: UploadedFile[], maxInvoices: number, maxStoredBytes: number): ItemPlan[] {
  const plan = fluxItemPlanner();
  const plans: ItemPlan[] = [];
  for (const { source, ...file } of uploadFiles(uploaded, maxInvoices)) {
    const { content, ...item } = plan(file);
    plans.push({ ...item, size: content.length, source });
  }
  checkFluxQuota(plannedStoredBytes(plans), maxStoredBytes);
  return plans;
}

/**
 * The bytes of some files of an upload planned already (uploadFiles gave them once, its refusals passed): a ZIP's
 * entries inflated again, only those asked for. In the order asked.
 */
export function uploadContents(uploaded: UploadedFile[], sources: FileSource[], maxInvoices = maxInvoicesPerFlux()): Uint8Array[] {
  const entries = new Map<number, Map<number, Uint8Array>>();
  for (const source of sources) if (source.entry !== undefined && !entries.has(source.file)) entries.set(source.file, new Map());
  for (const [file, found] of entries) {
    const wanted = new Set(sources.filter((source) => source.file === file).map((source) => source.entry!));
    let index = 0;
    const asked = [...wanted].sort((a, b) => a - b);
    for (const entry of zipEntries(uploaded[file].bytes, zipLimits(maxInvoices), (at) => wanted.has(at))) found.set(asked[index++], entry.content);
  }
  return sources.map((source) => (source.entry === undefined ? uploaded[source.file].bytes : entries.get(source.file)!.get(source.entry)!));
}

/** The flux's quota (DEPOSIT_FLUX_MAX_STORED_MB), before anything is written: a French refusal on "files". */
export function checkFluxQuota(storedBytes: number, maxBytes: number) {
  if (storedBytes > maxBytes) {
    const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024).toLocaleString("fr-FR")} Mo`;
    throw new AppError(
      "VALIDATION",
      `Les factures de ce dépôt totalisent ${megabytes(storedBytes)} une fois décompressées : un flux en compte au plus ${megabytes(maxBytes)}. Répartissez-les en plusieurs dépôts.`,
      "files",
    );
  }
}
