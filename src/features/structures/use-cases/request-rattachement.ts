import type { RattachementStatus } from "@/generated/prisma/enums.ts";
import { db, type Tx } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { recordEvents } from "@/server/events.ts";
import { enqueueEmail } from "@/server/mail/outbox.ts";
import { renderEmail } from "@/server/mail/render-email.ts";
import { absoluteUrl } from "@/server/urls.ts";
import { gestionnaireIds } from "../access.ts";
import { lockStructure } from "./lock-structure.ts";

function alreadyAttached(status: RattachementStatus, name: string): AppError | null {
  switch (status) {
    case "EN_ATTENTE":
      return new AppError("CONFLICT", `Vous avez déjà demandé un rattachement à la structure ${name} : votre demande est en attente.`);
    case "ACTIF":
      return new AppError("CONFLICT", `Vous êtes déjà rattaché à la structure ${name}.`);
    case "DESACTIVE":
      return new AppError("CONFLICT", `Votre rattachement à la structure ${name} est désactivé : demandez à son gestionnaire de le réactiver.`);
    case "REFUSE":
      return null; // a refused request may be made again
  }
}

/**
 * "Demander le rattachement" to the selected structures. The first user of a structure becomes its gestionnaire
 * principal at once; otherwise the request waits (EN_ATTENTE) and the structure's gestionnaires are notified.
 */
export async function requestRattachement(userId: string, structureIds: string[]) {
  return db.$transaction(async (tx) => {
    const requester = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { nom: true, prenom: true, loginEmail: true, contactEmail: true } });
    const results: { structureId: string; status: "ACTIF" | "EN_ATTENTE" }[] = [];
    for (const structureId of new Set(structureIds)) {
      const structure = await lockStructure(tx, structureId);
      const name = `${structure.raison_sociale} (${structure.identifier})`;
      if (structure.status !== "ACTIF") throw new AppError("CONFLICT", `La structure ${name} est inactive : aucun rattachement ne peut y être demandé.`);

      const existing = await tx.rattachement.findUnique({ where: { userId_structureId: { userId, structureId } }, select: { status: true } });
      const refusal = existing && alreadyAttached(existing.status, name);
      if (refusal) throw refusal;

      const isFirstUser = (await tx.rattachement.count({ where: { structureId, status: "ACTIF" } })) === 0;
      const now = new Date();
      const fields = isFirstUser
        ? { role: "GESTIONNAIRE_PRINCIPAL" as const, status: "ACTIF" as const, decidedAt: now }
        : { role: "UTILISATEUR_SIMPLE" as const, status: "EN_ATTENTE" as const, decidedAt: null };
      await tx.rattachement.upsert({
        where: { userId_structureId: { userId, structureId } },
        create: { userId, structureId, ...fields },
        update: { ...fields, motifRefus: null, decidedById: null, createdAt: now },
      });
      results.push({ structureId, status: fields.status });
      if (!isFirstUser) await notifyGestionnaires(tx, structureId, name, requester);
    }
    return results;
  });
}

async function notifyGestionnaires(
  tx: Tx,
  structureId: string,
  structureName: string,
  requester: { nom: string; prenom: string; loginEmail: string; contactEmail: string | null },
) {
  const ids = await gestionnaireIds(tx, structureId);
  const gestionnaires = await tx.user.findMany({ where: { id: { in: ids } }, select: { loginEmail: true, contactEmail: true } });
  const who = `${requester.prenom} ${requester.nom} (${requester.contactEmail ?? requester.loginEmail})`;
  const link = "/activites-gestionnaire/demandes";
  const email = renderEmail({
    subject: `demande de rattachement à la structure ${structureName}`,
    paragraphs: [
      `${who} demande à être rattaché à la structure ${structureName}.`,
      "Acceptez ou refusez cette demande dans Activités du gestionnaire > Demandes de rattachement.",
    ],
    link: { label: "Traiter la demande", url: absoluteUrl(link) },
  });
  for (const gestionnaire of gestionnaires) await enqueueEmail(tx, gestionnaire.contactEmail ?? gestionnaire.loginEmail, email);
  await recordEvents(tx, {
    userIds: ids,
    structureId,
    espace: "ACTIVITES_GESTIONNAIRE",
    type: "RATTACHEMENT_DEMANDE",
    message: `Demande de rattachement de ${who} à la structure ${structureName}`,
    link,
  });
}
