import { awaitingSupplierWhere, supplierInvoiceWhere, supplierScope } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";
import { summarize } from "../rules/summary.ts";

/**
 * "Synthèse": count and amount TTC of the user's invoices per état (and currency), in one GROUP BY over their
 * supplier structures (or the one chosen, which must be theirs). A rejection the supplier handled (« Traiter le
 * rejet ») asks for nothing more and is left out; Rechercher still finds it.
 */
export async function getSupplierSummary({ userId, structureId }: { userId: string; structureId?: string }) {
  const scope = await supplierScope(db, userId, structureId);
  if (scope.length === 0) return summarize([]);
  const groups = await db.invoice.groupBy({
    by: ["status", "currency"],
    where: { AND: [supplierInvoiceWhere(scope), awaitingSupplierWhere] },
    _count: { _all: true },
    _sum: { totalGross: true },
  });
  return summarize(
    groups.map((group) => ({ status: group.status, currency: group.currency, count: group._count._all, totalGross: (group._sum.totalGross ?? 0).toString() })),
  );
}
