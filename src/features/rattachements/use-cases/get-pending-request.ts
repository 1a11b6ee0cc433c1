import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { pendingRequestsManagedBy } from "../data/pending-requests.ts";
import { grantableEspaces } from "../data/rattachement-decision.ts";

/** One waiting request with what the gestionnaire may grant: the structure's active services and its espaces. */
export async function getPendingRequest({ userId, rattachementId }: { userId: string; rattachementId: string }) {
  const request = await db.rattachement.findFirst({
    where: { id: rattachementId, ...pendingRequestsManagedBy(userId) },
    select: {
      id: true,
      createdAt: true,
      structureId: true,
      user: { select: { nom: true, prenom: true, loginEmail: true, contactEmail: true } },
      structure: {
        select: { identifier: true, raisonSociale: true, services: { where: { actif: true }, orderBy: { code: "asc" }, select: { id: true, code: true, libelle: true } } },
      },
    },
  });
  if (!request) throw notFound("Demande de rattachement introuvable.");
  return { ...request, espaces: await grantableEspaces(db, request.structureId) };
}
