// The ZIP of a group of received invoices: how many it may hold, and where each file goes in it (a folder per invoice
// named by its number and its supplier, unique since a supplier numbers its invoices once). Pure.
import { thousandsFr } from "@/lib/csv.ts";

/** The most invoices one ZIP holds: a search finding more asks the user to narrow it. */
export const MAX_ZIP_INVOICES = 1000;

export const tooManyForZipMessage = (found: number) =>
  `La recherche compte ${thousandsFr(found)} factures : un fichier ZIP en contient ${thousandsFr(MAX_ZIP_INVOICES)} au plus. Précisez vos critères (dates, statut, service…) ou sélectionnez les factures.`;

export const ZIP_INDEX_NAME = "index.csv";

/** A name any unzip tool takes on any system: no path, no control or reserved character, bounded. */
export function safeEntryName(name: string, fallback = "fichier"): string {
  const cleaned = name
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, "_")
    .replace(/^\.+/, "_")
    .trim()
    .slice(0, 120);
  return cleaned || fallback;
}

/** The folder of one invoice: "<numéro>_<identifiant du fournisseur>". */
export const invoiceFolder = (invoice: { number: string; supplierIdentifier: string }) => safeEntryName(`${invoice.number || "sans-numero"}_${invoice.supplierIdentifier}`);

/** A name not yet taken in the archive: the file's own, numbered before its extension when taken. */
export function uniqueEntryName(taken: Set<string>, path: string): string {
  let candidate = path;
  for (let n = 2; taken.has(candidate); n++) candidate = path.replace(/(\.[^./]*)?$/, (extension) => `-${n}${extension}`);
  taken.add(candidate);
  return candidate;
}
