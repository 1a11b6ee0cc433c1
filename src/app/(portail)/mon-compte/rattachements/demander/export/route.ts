import { parseStructureSearch } from "@/features/structures/rattachement-schemas.ts";
import { structuresCsv } from "@/features/structures/structure-search-csv.ts";
import { exportStructures } from "@/features/structures/use-cases/search-structures.ts";
import { getCurrentUser } from "@/server/auth/session.ts";

/** "Exporter les résultats": every structure matching the criteria of the URL, as CSV. */
export async function GET(request: Request) {
  if (!(await getCurrentUser())) return new Response("Session expirée : reconnectez-vous.", { status: 401 });
  const search = parseStructureSearch(Object.fromEntries(new URL(request.url).searchParams));
  const csv = structuresCsv(await exportStructures(search));
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="structures.csv"' },
  });
}
