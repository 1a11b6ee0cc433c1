import type { Tx } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";

type LockedStructure = { id: string; identifier: string; raison_sociale: string; status: "ACTIF" | "INACTIF" };

/** Locks the structure's row: requests, decisions and departures on one structure happen one at a time. */
export async function lockStructure(tx: Tx, structureId: string) {
  const [structure] = await tx.$queryRaw<LockedStructure[]>`
    SELECT id, identifier, raison_sociale, status FROM structures WHERE id = ${structureId}::uuid FOR UPDATE`;
  if (!structure) throw notFound("Structure introuvable.");
  return structure;
}
