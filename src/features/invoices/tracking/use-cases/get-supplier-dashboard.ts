import type { CadreFacturation, InvoiceStatus } from "@/generated/prisma/enums.ts";
import { supplierScope } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";
import { dashboardCounts, tileSearchParams, withHandledRejections } from "../rules/dashboard-tiles.ts";

type Group = { status: InvoiceStatus; cadre: CadreFacturation; automatic: boolean; count: number };

/**
 * "Tableau de bord Factures": the count of each tile, from ONE aggregate query over the user's sent invoices
 * (drafts are not followed here). Only a VALIDEE_1 invoice costs a look at its history (was it validated by
 * nobody, i.e. "hors délai"?), through the (invoice_id, created_at) index. A scalar subquery, not EXISTS: the planner
 * may turn an EXISTS into one hashed scan of the whole history, slow for a supplier with many invoices. The WHERE is
 * supplierInvoiceWhere (common/data/invoice-where.ts) written in SQL, drafts left out. The rejections the supplier
 * handled leave the Rejetée tile (still in the total: every invoice sent).
 */
export async function getSupplierDashboard({ userId, structureId }: { userId: string; structureId?: string }) {
  const scope = await supplierScope(db, userId, structureId);
  const groups =
    scope.length === 0
      ? []
      : await db.$queryRaw<Group[]>`
          SELECT i.status, i.cadre,
                 (i.status = 'VALIDEE_1' AND (
                   SELECT true FROM invoice_history h WHERE h.invoice_id = i.id AND h.status = 'VALIDEE_1' AND h.actor_id IS NULL LIMIT 1
                 ) IS NOT NULL) AS automatic,
                 count(*)::int AS count
          FROM invoices i
          WHERE i.supplier_structure_id = ANY(${scope}::uuid[]) AND i.status <> 'BROUILLON'
          GROUP BY 1, 2, 3`;
  // The handled rejections, apart: reading their column in the aggregate would make it read every invoice's row.
  const handled =
    scope.length === 0
      ? []
      : await db.$queryRaw<{ cadre: CadreFacturation; count: number }[]>`
          SELECT i.cadre, count(*)::int AS count
          FROM invoices i
          WHERE i.supplier_structure_id = ANY(${scope}::uuid[]) AND i.status = 'REJETEE' AND i.rejection_handled_at IS NOT NULL
          GROUP BY 1`;
  const tiles = dashboardCounts(withHandledRejections(groups, handled)).map(({ tile, count }) => ({ key: tile.key, label: tile.label, count, searchParams: tileSearchParams(tile) }));
  return { tiles, total: groups.reduce((sum, group) => sum + group.count, 0) };
}
