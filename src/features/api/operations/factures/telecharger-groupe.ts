import { zipSync } from "fflate";
import { z } from "zod";
import { getInvoiceDocument } from "@/features/invoices/entry/index.ts";
import { fileOperation } from "@/server/api/operation.ts";
import { DOCUMENT_KIND_OF, DOCUMENT_TYPES } from "./telecharger.ts";

export const MAX_GROUP_INVOICES = 100;

const telechargerGroupeSchema = z
  .object({
    idFactures: z
      .array(z.string().max(100))
      .min(1, "Donnez au moins une facture.")
      .max(MAX_GROUP_INVOICES, `Au plus ${MAX_GROUP_INVOICES} factures par archive.`)
      .refine((ids) => new Set(ids).size === ids.length, "Chaque facture n'est donnée qu'une fois."),
    typeFichier: z.enum(DOCUMENT_TYPES, "Choisissez FACTURX_PDF, XML ou ACCUSE_DEPOT."),
  })
  .meta({ id: "TelechargerGroupeFactures" });

/** A name unique in the archive: the file's own, numbered when two invoices' files share it. */
function uniqueName(taken: Set<string>, name: string): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = name.replace(/(\.[^.]*)?$/, (extension) => `-${n}${extension}`);
  taken.add(candidate);
  return candidate;
}

/**
 * factures/telecharger/groupe: one file of each invoice given (the Factur-X, the XML or the deposit receipt), in one
 * ZIP. Each is read as telechargerFacture reads it; any invoice out of reach (foreign, unknown, a draft without
 * the file) refuses the whole request, so that an archive is always complete.
 */
export const telechargerGroupeFactures = fileOperation({
  operationId: "telechargerGroupeFactures",
  method: "POST",
  path: "/factures/telecharger/groupe",
  tag: "Factures",
  summary: "Télécharger les fichiers de plusieurs factures (ZIP)",
  description: `De 1 à ${MAX_GROUP_INVOICES} factures, le même type de fichier pour chacune, dans une archive ZIP. Une facture hors du périmètre du compte technique refuse toute la demande (404).`,
  scope: "lecture",
  body: telechargerGroupeSchema,
  fileMediaTypes: ["application/zip"],
  run: async ({ caller, body }) => {
    const kind = DOCUMENT_KIND_OF[body.typeFichier];
    const entries: Record<string, Uint8Array> = {};
    const taken = new Set<string>();
    // One after the other: an archive of 100 files holds one connection, not 100.
    for (const invoiceId of body.idFactures) {
      const file = await getInvoiceDocument({ userId: caller.userId, invoiceId, kind });
      entries[uniqueName(taken, file.fileName)] = file.content;
    }
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, "");
    return { file: { fileName: `factures-${stamp}.zip`, mimeType: "application/zip", content: zipSync(entries, { level: 1 }) } };
  },
});
