// "Choix des fichiers" of a batch: several XML files and/or one ZIP of them. The ZIP is recognised from its content
// (never its name) and opened with the hardened reader (size, ratio and count limits); its folders are flattened
// into file names "dossier/facture.xml". Refusals are French errors (AppError, rebuilt as such across the worker's
// boundary) on the field "files", the flux's quota included; nothing is stored. Run by the file-reading worker.
import { DEFAULT_ZIP_LIMITS, EInvoiceReadError, readZipEntries } from "@/features/einvoice/index.ts";
import { AppError } from "@/server/errors.ts";
import { isInvoiceFile, type FluxFile } from "../rules/flux-plan.ts";

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
  // An empty file field still posts one nameless, empty part.
  const files = uploaded.filter((file) => Boolean(file.name?.trim()) || file.bytes.length > 0);
  if (files.length === 0) throw refuse("Choisissez les fichiers à déposer : plusieurs fichiers XML ou un fichier ZIP.");
  const empty = files.find((file) => file.bytes.length === 0);
  if (empty) throw refuse(`Le fichier « ${empty.name} » est vide.`);
  const zips = files.filter((file) => isZip(file.bytes));
  if (zips.length > 1) throw refuse("Déposez un seul fichier ZIP par lot.");

  const collected: FluxFile[] = [];
  for (const file of files) {
    if (!isZip(file.bytes)) {
      collected.push({ fileName: file.name, content: file.bytes });
      continue;
    }
    try {
      // A larger flux limit needs a ZIP limit as large.
      const limits = { ...DEFAULT_ZIP_LIMITS, maxFiles: Math.max(DEFAULT_ZIP_LIMITS.maxFiles, maxInvoices) };
      for (const entry of readZipEntries(file.bytes, limits)) collected.push({ fileName: entry.name, content: entry.content });
    } catch (error) {
      if (error instanceof EInvoiceReadError) throw refuse(`Le fichier ZIP « ${file.name} » est refusé : ${error.message}`);
      throw error;
    }
  }
  const invoices = collected.filter(isInvoiceFile).length;
  if (invoices === 0) throw refuse("Le dépôt ne contient aucun fichier XML ni Factur-X : un lot se compose de factures au format XML (UBL ou CII) ou Factur-X (PDF).");
  if (invoices > maxInvoices) throw refuse(`Un flux comporte au plus ${thousands(maxInvoices)} factures : ce dépôt en contient ${thousands(invoices)}.`);
  return collected;
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
