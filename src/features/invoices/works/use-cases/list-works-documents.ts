import { db } from "@/server/db.ts";
import { worksListSchema, type WorksListFilters } from "../schemas.ts";
import { sideStructureIds } from "../data/works-access.ts";
import { parseWorksInput } from "../data/works-input.ts";
import { readWorksDocumentPage, WORKS_PAGE_SIZE, type WorksDocumentPage } from "../data/works-document-rows.ts";

/**
 * The works documents of the user's structures seen from one side: the supplier's (« Factures de travaux »), those
 * waiting for or decided by their maîtrise d'œuvre, those addressed to their maître d'ouvrage (« Factures de travaux
 * reçues »); consultation is enough. No structure opening the espace: an empty list.
 */
export async function listWorksDocuments({ userId, filters, now = new Date() }: { userId: string; filters: WorksListFilters; now?: Date }): Promise<WorksDocumentPage> {
  const query = parseWorksInput(worksListSchema, filters);
  const structureIds = await sideStructureIds(db, userId, query.side);
  if (structureIds.length === 0) return { rows: [], total: 0, page: query.page, pageSize: WORKS_PAGE_SIZE };
  return readWorksDocumentPage({ side: query.side, structureIds, status: query.status, marketNumber: query.marketNumber, page: query.page, now });
}
