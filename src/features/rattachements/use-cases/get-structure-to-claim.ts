import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { gestionnaireIds } from "@/features/structures/index.ts";

export type GetStructureToClaimOptions = { userId: string; structureId: string };

/**
 * The structure a user is about to claim, for the claim form: whether it still has no gestionnaire, and whether the
 * user's own claim already waits for the administration. Any active structure can be asked for (as in the search).
 */
export async function getStructureToClaim({ userId, structureId }: GetStructureToClaimOptions) {
  const structure = await db.structure.findFirst({
    where: { id: structureId, status: "ACTIF" },
    select: { id: true, identifier: true, raisonSociale: true, kind: true, codePostal: true, ville: true },
  });
  if (!structure) throw notFound("Structure introuvable.");
  const [gestionnaires, pendingClaim, invitation] = await Promise.all([
    gestionnaireIds(db, structureId),
    db.structureClaim.findFirst({ where: { userId, structureId, status: "EN_ATTENTE" }, select: { createdAt: true } }),
    db.rattachement.count({ where: { userId, structureId, status: "INVITE" } }),
  ]);
  return { structure, hasGestionnaire: gestionnaires.length > 0, pendingClaim, invited: invitation > 0 };
}
