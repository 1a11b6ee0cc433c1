// The supplier structures a tracking page reads: all the user's (espace "Factures émises"), or the one chosen in
// "Filtre Structure", which must be one of them (otherwise NOT_FOUND: nothing leaks, not even its existence).
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { supplierStructureIds } from "@/features/invoices/common/index.ts";

export async function supplierScope(userId: string, structureId?: string): Promise<string[]> {
  const mine = await supplierStructureIds(db, userId);
  if (!structureId) return mine;
  if (!mine.includes(structureId)) throw notFound("Structure introuvable.");
  return [structureId];
}
