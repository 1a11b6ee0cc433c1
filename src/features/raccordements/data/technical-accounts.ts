// The technical accounts of a structure: users of kind COMPTE_TECHNIQUE, each with one rattachement to it. A foreign
// id (another structure's account, a person) is "not found".
import type { Tx } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";

/** The structure's technical account and its rattachement, or NOT_FOUND. */
export async function requireTechnicalAccount(tx: Tx, structureId: string, technicalAccountId: string) {
  const rattachement = await tx.rattachement.findFirst({
    where: { structureId, userId: technicalAccountId, user: { kind: "COMPTE_TECHNIQUE" } },
    select: { id: true, status: true, user: { select: { id: true, nom: true, status: true } } },
  });
  if (!rattachement) throw notFound("Compte technique introuvable.");
  return rattachement;
}

/** The structure's application, or NOT_FOUND. */
export async function requireApplication(tx: Tx, structureId: string, applicationId: string) {
  const application = await tx.apiClient.findFirst({ where: { id: applicationId, structureId }, select: { id: true, name: true, clientId: true, revokedAt: true } });
  if (!application) throw notFound("Application introuvable.");
  return application;
}
