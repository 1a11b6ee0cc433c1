import { z } from "zod";
import { MANDATE_COLUMNS, MANDATE_EXPORT_MAX_ROWS, mandateCells } from "@/features/mandates/rules/mandate-table.ts";
import { listMandates } from "@/features/mandates/use-cases/list-mandates.ts";
import { csvStream } from "@/lib/csv.ts";
import { uuid } from "@/lib/uuid.ts";
import { csvResponse } from "@/server/http/responses.ts";
import { routeHandler } from "@/server/http/route-handler.ts";

/** "Exporter au format CSV": the mandates of the structure, with the table's columns, streamed and bounded. */
export const GET = routeHandler({
  access: "user-or-401",
  params: z.object({ id: uuid() }),
  notFound: "Structure introuvable.",
  run: async ({ params, user }) => {
    const { rows } = await listMandates({ userId: user.id, structureId: params.id, page: { number: 1, size: MANDATE_EXPORT_MAX_ROWS + 1 } });
    return csvResponse("mandats-de-facturation.csv", csvStream({ headers: MANDATE_COLUMNS, rows: rows.map(mandateCells), maxRows: MANDATE_EXPORT_MAX_ROWS }));
  },
});
