import { parseReceivedSearch, RECEIVED_CSV_HEADERS, RECEIVED_EXPORT_MAX_ROWS, receivedCsvCells, receivedExportFileName, streamReceivedInvoices, type ReceivedExportRow } from "@/features/invoices/received/index.ts";
import { csvStream } from "@/lib/csv.ts";
import { csvResponse, textResponse } from "@/server/http/responses.ts";
import { routeHandler } from "@/server/http/route-handler.ts";

async function* cells(rows: AsyncIterable<ReceivedExportRow>) {
  for await (const row of rows) yield receivedCsvCells(row);
}

/** « Exporter (CSV) » of Factures reçues: the invoices the list finds with the same criteria, all pages, streamed. */
export const GET = routeHandler({
  access: "user",
  run: async ({ request, user }) => {
    const { filters } = parseReceivedSearch(Object.fromEntries(new URL(request.url).searchParams));
    if (!filters) return textResponse("Les critères de recherche comportent des erreurs : corrigez-les avant d'exporter.", 422);
    const rows = await streamReceivedInvoices({ userId: user.id, filters });
    return csvResponse(receivedExportFileName(new Date(), "csv"), csvStream({ headers: RECEIVED_CSV_HEADERS, rows: cells(rows), maxRows: RECEIVED_EXPORT_MAX_ROWS }));
  },
});
