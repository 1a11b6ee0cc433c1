import { structureIdsOpening } from "@/features/structures/index.ts";
import { db } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { worksPartyQuerySchema, type WorksPartyQuery } from "../schemas.ts";

export type WorksParty = { id: string; raisonSociale: string; identifier: string; services: { id: string; code: string; libelle: string }[] };

/**
 * The active structure an identifier names, for the supplier's works form (the MOE, the MOA with its active services,
 * the titulaire): the same facts the public directory shows. Asked by a user who may submit works documents only.
 */
export async function findWorksParty({ userId, input }: { userId: string; input: WorksPartyQuery }): Promise<WorksParty> {
  if ((await structureIdsOpening(db, userId, "FACTURES_TRAVAUX", "MODIFICATION")).length === 0) {
    throw new AppError("FORBIDDEN", "L'espace « Factures de travaux » ne vous est ouvert en modification pour aucune structure.");
  }
  const { identifier } = worksPartyQuerySchema.parse(input);
  const structure = await db.structure.findFirst({
    where: { identifier, status: "ACTIF" },
    select: { id: true, raisonSociale: true, identifier: true, services: { where: { actif: true }, orderBy: { code: "asc" }, select: { id: true, code: true, libelle: true } } },
  });
  if (!structure) throw notFound("Aucune structure active ne porte cet identifiant.");
  return structure;
}
