import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { requireAdministrator } from "../data/administrators.ts";

export type GetClaimOptions = { userId: string; claimId: string };

/** One claim as the administrator examines it: requester, structure (and whether it has a gestionnaire now), justification, document. */
export async function getClaim({ userId, claimId }: GetClaimOptions) {
  await requireAdministrator(db, userId);
  const claim = await db.structureClaim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      status: true,
      justification: true,
      documentName: true,
      documentMimeType: true,
      documentSize: true,
      motif: true,
      createdAt: true,
      decidedAt: true,
      decidedById: true,
      user: { select: { id: true, nom: true, prenom: true, loginEmail: true, contactEmail: true, telephone: true, status: true, createdAt: true } },
      structure: {
        select: {
          id: true,
          identifier: true,
          identifierType: true,
          raisonSociale: true,
          kind: true,
          status: true,
          adresse: true,
          codePostal: true,
          ville: true,
          _count: { select: { rattachements: { where: { status: "ACTIF", role: { in: ["GESTIONNAIRE_PRINCIPAL", "GESTIONNAIRE_SECONDAIRE"] } } } } },
        },
      },
    },
  });
  if (!claim) throw notFound("Demande introuvable.");
  const decidedBy = claim.decidedById ? await db.user.findUnique({ where: { id: claim.decidedById }, select: { nom: true, prenom: true } }) : null;
  return { ...claim, decidedBy, structureHasGestionnaire: claim.structure._count.rattachements > 0 };
}
