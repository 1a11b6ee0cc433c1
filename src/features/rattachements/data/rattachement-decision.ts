// What accepting and refusing a rattachement request share: who may decide, "decided once", and the requester's notice.
import type { Espace } from "@/generated/prisma/enums.ts";
import type { db, Tx } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { recordEvents } from "@/server/events.ts";
import { enqueueNotification } from "@/server/mail/notifications.ts";
import { renderEmail } from "@/server/mail/render-email.ts";
import { absoluteUrl } from "@/server/urls.ts";
import { requireGestionnaire } from "@/features/structures/index.ts";

const alreadyDecided = () => new AppError("CONFLICT", "Cette demande de rattachement a déjà été traitée par un gestionnaire de la structure.");

/**
 * The request, if the user is a gestionnaire of its structure (otherwise NOT_FOUND, as if it did not exist), is not
 * deciding their own request, and the request still waits for a decision.
 */
export async function requestToDecide(tx: Tx, userId: string, rattachementId: string) {
  const request = await tx.rattachement.findUnique({
    where: { id: rattachementId },
    select: {
      id: true,
      userId: true,
      status: true,
      structureId: true,
      user: { select: { loginEmail: true, contactEmail: true } },
      structure: { select: { identifier: true, raisonSociale: true } },
    },
  });
  if (!request) throw notFound("Demande de rattachement introuvable.");
  await requireGestionnaire(tx, userId, request.structureId);
  if (request.userId === userId) throw new AppError("FORBIDDEN", "Vous ne pouvez pas décider de votre propre demande de rattachement.");
  if (request.status !== "EN_ATTENTE") throw alreadyDecided();
  return request;
}

type Decision = { status: "ACTIF"; role: "GESTIONNAIRE_SECONDAIRE" | "UTILISATEUR_SIMPLE" } | { status: "REFUSE"; motifRefus: string };

/** Records the decision only if nobody decided in the meantime: of two concurrent deciders, one wins. */
export async function recordDecision(tx: Tx, userId: string, rattachementId: string, decision: Decision) {
  const { count } = await tx.rattachement.updateMany({
    where: { id: rattachementId, status: "EN_ATTENTE" },
    data: { ...decision, decidedById: userId, decidedAt: new Date() },
  });
  if (count === 0) throw alreadyDecided();
}

/** Tells the requester the decision, by e-mail and in their fil d'événements. */
export async function notifyRequester(
  tx: Tx,
  request: Awaited<ReturnType<typeof requestToDecide>>,
  decision: { accepted: true; roleLabel: string } | { accepted: false; motif: string },
) {
  const name = `${request.structure.raisonSociale} (${request.structure.identifier})`;
  const outcome = decision.accepted ? "acceptée" : "refusée";
  const detail = decision.accepted ? `Vous y êtes rattaché avec le rôle ${decision.roleLabel}.` : `Motif du refus : ${decision.motif}`;
  await enqueueNotification(tx, {
    userId: request.userId,
    to: request.user.contactEmail ?? request.user.loginEmail,
    topic: "RATTACHEMENT",
    content: renderEmail({
      subject: `demande de rattachement ${outcome}`,
      paragraphs: [`Votre demande de rattachement à la structure ${name} a été ${outcome}.`, detail],
      link: { label: "Voir mes rattachements", url: absoluteUrl("/mon-compte") },
    }),
  });
  await recordEvents(tx, {
    userIds: [request.userId],
    structureId: request.structureId,
    espace: "MON_COMPTE",
    type: decision.accepted ? "RATTACHEMENT_ACCEPTE" : "RATTACHEMENT_REFUSE",
    message: `Demande de rattachement à la structure ${name} ${outcome}. ${detail}`,
    link: "/mon-compte",
  });
}

/** The espaces a gestionnaire may grant: those the structure opens, except its own tab (gestionnaires only). */
export async function grantableEspaces(client: Tx | typeof db, structureId: string): Promise<Espace[]> {
  const rows = await client.structureEspace.findMany({
    where: { structureId, espace: { not: "ACTIVITES_GESTIONNAIRE" }, OR: [{ consultation: true }, { modification: true }] },
    select: { espace: true },
    distinct: ["espace"],
  });
  return rows.map((row) => row.espace);
}
