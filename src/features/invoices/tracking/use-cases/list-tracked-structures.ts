import { supplierStructureIds } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";

/** The structures of "Filtre Structure": those whose invoices the user follows, by name. */
export async function listTrackedStructures({ userId }: { userId: string }) {
  const mine = await supplierStructureIds(db, userId);
  if (mine.length === 0) return [];
  return db.structure.findMany({ where: { id: { in: mine } }, orderBy: { raisonSociale: "asc" }, select: { id: true, raisonSociale: true } });
}
