import { db } from "@/server/db.ts";
import { structureIdsOpening } from "@/features/structures/index.ts";
import { engagementRowSelect } from "../data/engagements.ts";
import { ENGAGEMENTS_PAGE_SIZE } from "../rules/pages.ts";

/**
 * Factures émises › Engagements: the engagements public structures declared naming the identifier (SIRET) of one of
 * the user's structures that open Factures émises, open ones first.
 */
export async function listSupplierEngagements({ userId }: { userId: string }) {
  const ids = await structureIdsOpening(db, userId, "FACTURES_EMISES");
  const suppliers = await db.structure.findMany({ where: { id: { in: ids } }, select: { identifier: true, raisonSociale: true } });
  if (suppliers.length === 0) return { suppliers, engagements: [] };
  const engagements = await db.engagement.findMany({
    where: { supplierIdentifier: { in: suppliers.map((supplier) => supplier.identifier.toUpperCase()) } },
    orderBy: [{ status: "asc" }, { startDate: "desc" }, { number: "asc" }],
    take: ENGAGEMENTS_PAGE_SIZE,
    select: engagementRowSelect,
  });
  return { suppliers, engagements };
}
