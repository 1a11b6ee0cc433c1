import { criteriaFromSearchParams, EXPORT_MAX_ROWS, exportFileName, INVOICE_CSV_HEADERS, invoiceCsvCells, streamSupplierInvoices, type SupplierInvoiceRow } from "@/features/invoices/tracking/index.ts";
import { csvStream } from "@/lib/csv.ts";
import { csvResponse } from "@/server/http/responses.ts";
import { routeHandler } from "@/server/http/route-handler.ts";

async function* cells(rows: AsyncIterable<SupplierInvoiceRow>) {
  for await (const row of rows) yield invoiceCsvCells(row);
}

/** « Exporter (CSV) »: the invoices Rechercher finds with the same criteria, all pages, streamed, at most 50,000 lines. */
export const GET = routeHandler({
  access: "user",
  notFound: "Structure introuvable.",
  run: async ({ request, user }) => {
    const rows = await streamSupplierInvoices({ userId: user.id, criteria: criteriaFromSearchParams(new URL(request.url).searchParams) });
    return csvResponse(exportFileName(new Date()), csvStream({ headers: INVOICE_CSV_HEADERS, rows: cells(rows), maxRows: EXPORT_MAX_ROWS }));
  },
});
