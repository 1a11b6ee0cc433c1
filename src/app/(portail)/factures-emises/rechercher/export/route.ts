import { criteriaFromSearchParams, EXPORT_MAX_ROWS, exportFileName, INVOICE_CSV_HEADERS, invoiceCsvCells, streamSupplierInvoices } from "@/features/invoices/tracking/index.ts";
import { requireUser } from "@/server/auth/session.ts";
import { AppError } from "@/server/errors.ts";
import { csvResponse, csvStream } from "@/lib/csv.ts";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } });

async function* cells(rows: AsyncIterable<Parameters<typeof invoiceCsvCells>[0]>) {
  for await (const row of rows) yield invoiceCsvCells(row);
}

/** « Exporter (CSV) »: the invoices Rechercher finds with the same criteria, all pages, streamed, at most 50,000 lines. */
export async function GET(request: Request) {
  const user = await requireUser();
  try {
    const rows = await streamSupplierInvoices({ userId: user.id, criteria: criteriaFromSearchParams(new URL(request.url).searchParams) });
    return csvResponse(exportFileName(new Date()), csvStream({ headers: INVOICE_CSV_HEADERS, rows: cells(rows), maxRows: EXPORT_MAX_ROWS }));
  } catch (error) {
    if (error instanceof AppError) return text(error.code === "NOT_FOUND" ? "Structure introuvable." : error.message, error.httpStatus);
    throw error;
  }
}
