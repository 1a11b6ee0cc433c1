import {
  LATE_PAYMENT_CSV_HEADERS,
  LATE_PAYMENT_EXPORT_MAX_ROWS,
  latePaymentCsvCells,
  latePaymentExportFileName,
  latePaymentExportSchema,
  streamLatePaymentInterests,
  type LatePaymentRow,
} from "@/features/invoices/received/index.ts";
import { csvStream } from "@/lib/csv.ts";
import { csvResponse, textResponse } from "@/server/http/responses.ts";
import { routeHandler } from "@/server/http/route-handler.ts";

async function* cells(rows: AsyncIterable<LatePaymentRow>) {
  for await (const row of rows) yield latePaymentCsvCells(row);
}

/** « Intérêts moratoires (CSV) »: the received invoices mises en paiement late, with their interest and indemnity, streamed. */
export const GET = routeHandler({
  access: "user",
  run: async ({ request, user }) => {
    const params = new URL(request.url).searchParams;
    const period = latePaymentExportSchema.safeParse({ du: params.get("du") || undefined, au: params.get("au") || undefined });
    if (!period.success) return textResponse("La période comporte des erreurs : corrigez-la avant d'exporter.", 422);
    const rows = await streamLatePaymentInterests({ userId: user.id, period: period.data });
    return csvResponse(latePaymentExportFileName(new Date()), csvStream({ headers: LATE_PAYMENT_CSV_HEADERS, rows: cells(rows), maxRows: LATE_PAYMENT_EXPORT_MAX_ROWS }));
  },
});
