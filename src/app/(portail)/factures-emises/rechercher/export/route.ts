import { invoicesCsv, exportFileName } from "@/features/invoices/tracking/csv.ts";
import { criteriaFromSearchParams } from "@/features/invoices/tracking/search-criteria.ts";
import { exportSupplierInvoices } from "@/features/invoices/tracking/use-cases/search-supplier-invoices.ts";
import { downloadResponse } from "@/features/invoices/view/download-response.ts";
import { requireUser } from "@/server/auth/session.ts";
import { AppError } from "@/server/errors.ts";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } });

/** « Exporter (CSV) »: the invoices Rechercher finds with the same criteria, all pages, at most 50,000 lines. */
export async function GET(request: Request) {
  const user = await requireUser();
  try {
    const { invoices, truncated } = await exportSupplierInvoices(user.id, criteriaFromSearchParams(new URL(request.url).searchParams));
    const response = downloadResponse({ fileName: exportFileName(new Date()), mimeType: "text/csv; charset=utf-8", content: new TextEncoder().encode(invoicesCsv(invoices)) });
    if (truncated) response.headers.set("X-Export-Tronque", "true");
    return response;
  } catch (error) {
    if (error instanceof AppError) return text(error.code === "NOT_FOUND" ? "Structure introuvable." : error.message, error.httpStatus);
    throw error;
  }
}
