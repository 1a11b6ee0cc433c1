import { z } from "zod";
import { mandatesCsv } from "@/features/mandates/mandate-table.ts";
import { listMandates } from "@/features/mandates/use-cases/list-mandates.ts";
import { getCurrentUser } from "@/server/auth/session.ts";
import { AppError } from "@/server/errors.ts";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** "Exporter au format CSV": every mandate of the structure, with the table's columns. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return text("Session expirée : reconnectez-vous.", 401);
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return text("Structure introuvable.", 404);
  try {
    const { rows } = await listMandates(user.id, id);
    return new Response(mandatesCsv(rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="mandats-de-facturation.csv"',
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return text(error.message, error.httpStatus);
    throw error;
  }
}
