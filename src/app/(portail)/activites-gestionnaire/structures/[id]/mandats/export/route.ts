import { z } from "zod";
import { MANDATE_COLUMNS, MANDATE_EXPORT_MAX_ROWS, mandateCells } from "@/features/mandates/rules/mandate-table.ts";
import { listMandates } from "@/features/mandates/use-cases/list-mandates.ts";
import { csvResponse, csvStream } from "@/lib/csv.ts";
import { getCurrentUser } from "@/server/auth/session.ts";
import { AppError } from "@/server/errors.ts";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** "Exporter au format CSV": the mandates of the structure, with the table's columns, streamed and bounded. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return text("Session expirée : reconnectez-vous.", 401);
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return text("Structure introuvable.", 404);
  try {
    const { rows } = await listMandates(user.id, id, { number: 1, size: MANDATE_EXPORT_MAX_ROWS + 1 });
    return csvResponse("mandats-de-facturation.csv", csvStream({ headers: MANDATE_COLUMNS, rows: rows.map(mandateCells), maxRows: MANDATE_EXPORT_MAX_ROWS }));
  } catch (error) {
    if (error instanceof AppError) return text(error.message, error.httpStatus);
    throw error;
  }
}
