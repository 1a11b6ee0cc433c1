import { parseStructureSearch } from "@/features/rattachements/schemas/rattachement.ts";
import { STRUCTURE_CSV_HEADERS, STRUCTURE_EXPORT_MAX_ROWS, structureCsvCells, type ExportedStructure } from "@/features/rattachements/rules/structure-search-csv.ts";
import { streamStructures } from "@/features/rattachements/index.ts";
import { csvStream } from "@/lib/csv.ts";
import { csvResponse } from "@/server/http/responses.ts";
import { routeHandler } from "@/server/http/route-handler.ts";

async function* cells(structures: AsyncIterable<ExportedStructure>) {
  for await (const structure of structures) yield structureCsvCells(structure);
}

/** "Exporter les résultats": the structures matching the criteria of the URL, as CSV, streamed, at most 10,000 lines. */
export const GET = routeHandler({
  access: "user-or-401",
  run: async ({ request }) => {
    const search = parseStructureSearch(Object.fromEntries(new URL(request.url).searchParams));
    return csvResponse("structures.csv", csvStream({ headers: STRUCTURE_CSV_HEADERS, rows: cells(streamStructures({ search })), maxRows: STRUCTURE_EXPORT_MAX_ROWS }));
  },
});
