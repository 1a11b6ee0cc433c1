// The supplier structures a tracking page reads: all the user's (espace "Factures émises"), or the one chosen in
// "Filtre Structure", which must be one of them (otherwise NOT_FOUND: nothing leaks, not even its existence).
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { supplierStructureIds } from "../../supplier-access.ts";

export async function supplierScope(userId: string, structureId?: string): Promise<string[]> {
  const mine = await supplierStructureIds(db, userId);
  if (!structureId) return mine;
  if (!mine.includes(structureId)) throw notFound("Structure introuvable.");
  return [structureId];
}

/** The structures of "Filtre Structure": those whose invoices the user follows, by name. */
export async function listTrackedStructures(userId: string) {
  const mine = await supplierStructureIds(db, userId);
  if (mine.length === 0) return [];
  return db.structure.findMany({ where: { id: { in: mine } }, orderBy: { raisonSociale: "asc" }, select: { id: true, raisonSociale: true } });
}
