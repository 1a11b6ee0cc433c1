import { z } from "zod";
import { checkReceivedCriteria, MAX_ZIP_INVOICES, RECEIVED_CRITERIA_FIELDS, receivedZipSelectionSchema, streamReceivedInvoicesZip, toReceivedFilters } from "@/features/invoices/received/index.ts";
import { fileOperation } from "@/server/api/operation.ts";

/** Either the invoices by id, or the criteria of rechercherFacturesRecipiendaire (all the invoices they find). */
const telechargerGroupeRecipiendaireSchema = z
  .object({ idFactures: receivedZipSelectionSchema.optional(), ...RECEIVED_CRITERIA_FIELDS })
  .superRefine(checkReceivedCriteria)
  .meta({ id: "TelechargerGroupeFacturesRecipiendaire" });

/**
 * factures/telecharger/groupe/recipiendaire: the recipient's « Télécharger (ZIP) »: the invoices given, or those a
 * search finds, each in its structure's reception format (Factur-X, CII, UBL or PDF alone) with its attachments, and
 * index.csv; streamed.
 */
export const telechargerGroupeFacturesRecipiendaire = fileOperation({
  operationId: "telechargerGroupeFacturesRecipiendaire",
  method: "POST",
  path: "/factures/telecharger/groupe/recipiendaire",
  tag: "Factures",
  summary: "Télécharger un groupe de factures reçues (ZIP)",
  description:
    `Les factures reçues données par \`idFactures\` (de 1 à ${MAX_ZIP_INVOICES}), ou à défaut toutes celles qui répondent aux critères de \`rechercherFacturesRecipiendaire\` (${MAX_ZIP_INVOICES} au plus, sinon 422), ` +
    "dans une archive ZIP : un dossier par facture avec la facture dans le format de réception de sa structure (Factur-X par défaut, XML CII, XML UBL 2.1 ou PDF seul ; le fichier déposé tel quel quand il est dans ce format) et ses pièces jointes, et `index.csv` (les colonnes de l'export et les fichiers de chaque facture). " +
    "Une facture hors du périmètre du compte technique refuse toute la demande (404).",
  scope: "lecture",
  body: telechargerGroupeRecipiendaireSchema,
  fileMediaTypes: ["application/zip"],
  run: async ({ caller, body: { idFactures, ...criteria } }) => {
    const zip = await streamReceivedInvoicesZip({ userId: caller.userId, ...(idFactures ? { invoiceIds: idFactures } : { filters: toReceivedFilters(criteria) }) });
    return { streamed: { fileName: zip.fileName, mimeType: "application/zip", stream: zip.stream } };
  },
});
