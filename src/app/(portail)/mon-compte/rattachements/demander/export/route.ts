import { parseStructureSearch } from "@/features/structures/schemas/rattachement.ts";
import { STRUCTURE_CSV_HEADERS, STRUCTURE_EXPORT_MAX_ROWS, structureCsvCells, type ExportedStructure } from "@/features/structures/rules/structure-search-csv.ts";
import { streamStructures } from "@/features/structures/use-cases/search-structures.ts";
import { csvResponse, csvStream } from "@/lib/csv.ts";
import { getCurrentUser } from "@/server/auth/session.ts";

async function* cells(structures: AsyncIterable<ExportedStructure>) {
  for await (const structure of structures) yield structureCsvCells(structure);
}

/** "Exporter les résultats": the structures matching the criteria of the URL, as CSV, streamed, at most 10,000 lines. */
export async function GET(request: Request) {
  if (!(await getCurrentUser())) return new Response("Session expirée : reconnectez-vous.", { status: 401 });
  const search = parseStructureSearch(Object.fromEntries(new URL(request.url).searchParams));
  return csvResponse("structures.csv", csvStream({ headers: STRUCTURE_CSV_HEADERS, rows: cells(streamStructures(search)), maxRows: STRUCTURE_EXPORT_MAX_ROWS }));
}
