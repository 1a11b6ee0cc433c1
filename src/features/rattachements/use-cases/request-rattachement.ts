import type { RattachementStatus } from "@/generated/prisma/enums.ts";
import { db, type Tx } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { recordEvents } from "@/server/events.ts";
import { enqueueNotification } from "@/server/mail/notifications.ts";
import { renderEmail } from "@/server/mail/render-email.ts";
import { absoluteUrl } from "@/server/urls.ts";
import { gestionnaireIds, lockStructure } from "@/features/structures/index.ts";
import { pendingClaimRefusal } from "../data/refusals.ts";

function alreadyAttached(status: RattachementStatus, name: string): AppError | null {
  switch (status) {
    case "INVITE":
      return new AppError("CONFLICT", `La structure ${name} vous a invité à la rejoindre : acceptez l'invitation dans Mon compte > Mes rattachements aux structures.`);
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

export type RattachementRequestResult =
  | { structureId: string; status: "EN_ATTENTE" }
  /** The structure has no active gestionnaire: only the platform's administration can name one, on a justified claim. */
  | { structureId: string; status: "JUSTIFICATION_REQUISE"; name: string };

/**
 * "Demander le rattachement" to the selected structures. A structure with an active gestionnaire gets an EN_ATTENTE
 * request that its gestionnaires decide (they are notified). A structure without one (a public structure of the
 * directory, a company whose last gestionnaire left) grants nothing here: nothing is written, and the user is sent to
 * the claim form (claim-structure.ts), which the platform's administration decides. See decision 0005.
 */
export async function requestRattachement({ userId, structureIds }: { userId: string; structureIds: string[] }): Promise<RattachementRequestResult[]> {
  return db.$transaction(async (tx) => {
    const requester = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { nom: true, prenom: true, loginEmail: true, contactEmail: true } });
    const results: RattachementRequestResult[] = [];
    for (const structureId of new Set(structureIds)) {
      const structure = await lockStructure(tx, structureId);
      const name = `${structure.raison_sociale} (${structure.identifier})`;
      if (structure.status !== "ACTIF") throw new AppError("CONFLICT", `La structure ${name} est inactive : aucun rattachement ne peut y être demandé.`);

      const existing = await tx.rattachement.findUnique({ where: { userId_structureId: { userId, structureId } }, select: { status: true } });
      const managed = (await gestionnaireIds(tx, structureId)).length > 0;
      if (!managed) {
        // Only an invitation or a current membership says more than "ask the administration".
        if (existing?.status === "INVITE" || existing?.status === "ACTIF") throw alreadyAttached(existing.status, name)!;
        if (await tx.structureClaim.count({ where: { userId, structureId, status: "EN_ATTENTE" } })) throw pendingClaimRefusal(name);
        results.push({ structureId, status: "JUSTIFICATION_REQUISE", name });
        continue;
      }
      const refusal = existing && alreadyAttached(existing.status, name);
      if (refusal) throw refusal;

      const now = new Date();
      const fields = { role: "UTILISATEUR_SIMPLE" as const, status: "EN_ATTENTE" as const, decidedAt: null };
      await tx.rattachement.upsert({
        where: { userId_structureId: { userId, structureId } },
        create: { userId, structureId, ...fields },
        update: { ...fields, motifRefus: null, decidedById: null, invitedById: null, createdAt: now },
      });
      results.push({ structureId, status: "EN_ATTENTE" });
      await notifyGestionnaires(tx, structureId, name, requester);
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
  const gestionnaires = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, loginEmail: true, contactEmail: true } });
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
  for (const gestionnaire of gestionnaires) {
    await enqueueNotification(tx, { userId: gestionnaire.id, to: gestionnaire.contactEmail ?? gestionnaire.loginEmail, topic: "RATTACHEMENT", content: email });
  }
  await recordEvents(tx, {
    userIds: ids,
    structureId,
    espace: "ACTIVITES_GESTIONNAIRE",
    type: "RATTACHEMENT_DEMANDE",
    message: `Demande de rattachement de ${who} à la structure ${structureName}`,
    link,
  });
}
