import { z } from "zod";
import { structureIdsOpening } from "@/features/structures/index.ts";
import { db } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";

/** « Rechercher » beside a party of the works form: the SIRET (or identifier) typed, spaces ignored. */
export const worksPartyQuerySchema = z.object({
  identifier: z
    .string("Saisissez le SIRET ou l'identifiant de la structure.")
    .trim()
    .transform((value) => value.replace(/\s/g, ""))
    .refine((value) => value.length > 0, "Saisissez le SIRET ou l'identifiant de la structure.")
    .refine((value) => value.length <= 80, "Un identifiant comporte au plus 80 caractères."),
});
export type WorksPartyQuery = z.input<typeof worksPartyQuerySchema>;

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
