import { z } from "zod";
import {
  checkReceivedCriteria,
  RECEIVED_CRITERIA_FIELDS,
  RECEIVED_CSV_HEADERS,
  RECEIVED_EXPORT_MAX_ROWS,
  receivedCsvCells,
  receivedExportFileName,
  streamReceivedInvoices,
  toReceivedFilters,
  type ReceivedExportRow,
} from "@/features/invoices/received/index.ts";
import { csvStream } from "@/lib/csv.ts";
import { fileOperation } from "@/server/api/operation.ts";

/** The criteria of the « Factures reçues » search form (same fields, same checks), without pagination. */
const exportRecipiendaireSchema = z.object(RECEIVED_CRITERIA_FIELDS).superRefine(checkReceivedCriteria).meta({ id: "ExportFacturesRecipiendaire" });

async function* cells(rows: AsyncIterable<ReceivedExportRow>) {
  for await (const row of rows) yield receivedCsvCells(row);
}

/** factures/exporter/recipiendaire: « Exporter (CSV) » of Factures reçues, streamed (streamReceivedInvoices). */
export const exporterFacturesRecipiendaire = fileOperation({
  operationId: "exporterFacturesRecipiendaire",
  method: "POST",
  path: "/factures/exporter/recipiendaire",
  tag: "Factures",
  summary: "Exporter les factures reçues (CSV)",
  description:
    "Les factures reçues qui répondent aux critères de `rechercherFacturesRecipiendaire`, dans le même ordre, en CSV (UTF-8 avec BOM, séparateur `;`, virgule décimale) : " +
    `les colonnes de la liste, les montants HT, TVA, TTC et net à payer, les dates de dépôt, de réception et de l'état courant, et le motif de l'état courant. Au plus ${RECEIVED_EXPORT_MAX_ROWS} lignes ; au-delà, la dernière ligne le signale.`,
  scope: "lecture",
  body: exportRecipiendaireSchema,
  fileMediaTypes: ["text/csv"],
  run: async ({ caller, body }) => {
    const rows = await streamReceivedInvoices({ userId: caller.userId, filters: toReceivedFilters(body) });
    const stream = csvStream({ headers: RECEIVED_CSV_HEADERS, rows: cells(rows), maxRows: RECEIVED_EXPORT_MAX_ROWS });
    return { streamed: { fileName: receivedExportFileName(new Date(), "csv"), mimeType: "text/csv; charset=utf-8", stream } };
  },
});
