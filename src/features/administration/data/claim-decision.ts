// What approving and refusing a claim share: the administrator's check, the claim locked with its structure,
// "decided once", the audit row and the requester's notice, all in the decision's transaction.
import type { Prisma } from "@/generated/prisma/client.ts";
import { lockStructure } from "@/features/structures/index.ts";
import type { Tx } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { recordEvents } from "@/server/events.ts";
import { enqueueNotification } from "@/server/mail/notifications.ts";
import { renderEmail } from "@/server/mail/render-email.ts";
import { absoluteUrl } from "@/server/urls.ts";
import { requireAdministrator } from "./administrators.ts";

export const claimAlreadyDecided = () => new AppError("CONFLICT", "Cette demande a déjà été traitée par un administrateur de la plateforme.");

/** The pending claim, its structure's row locked (requests, decisions and departures on it wait), or NOT_FOUND / CONFLICT. */
export async function claimToDecide(tx: Tx, userId: string, claimId: string) {
  await requireAdministrator(tx, userId);
  const found = await tx.structureClaim.findUnique({ where: { id: claimId }, select: { structureId: true } });
  if (!found) throw notFound("Demande introuvable.");
  const structure = await lockStructure(tx, found.structureId);
  const claim = await tx.structureClaim.findUniqueOrThrow({
    where: { id: claimId },
    select: { id: true, status: true, userId: true, structureId: true, user: { select: { loginEmail: true, contactEmail: true, status: true } } },
  });
  if (claim.status !== "EN_ATTENTE") throw claimAlreadyDecided();
  return { ...claim, structureName: `${structure.raison_sociale} (${structure.identifier})`, structureStatus: structure.status };
}

export type ClaimToDecide = Awaited<ReturnType<typeof claimToDecide>>;

/** The audit trail's row of a decision: who, what, on which claim, and why. */
export async function auditDecision(tx: Tx, actorId: string, action: "DESIGNATION_APPROUVEE" | "DESIGNATION_REFUSEE", claim: ClaimToDecide, motif?: string) {
  const detail: Prisma.InputJsonValue = {
    structureId: claim.structureId,
    structure: claim.structureName,
    requesterId: claim.userId,
    requester: claim.user.loginEmail,
    ...(motif ? { motif } : {}),
  };
  await tx.auditLog.create({ data: { actorId, action, targetType: "StructureClaim", targetId: claim.id, detail } });
}

/** Tells the requester the administration's decision, by e-mail and in their fil d'événements. */
export async function notifyClaimant(tx: Tx, claim: ClaimToDecide, decision: { approved: true } | { approved: false; motif: string }) {
  const outcome = decision.approved ? "approuvée" : "refusée";
  const detail = decision.approved
    ? `Vous êtes désormais gestionnaire principal de la structure ${claim.structureName} : vous pouvez gérer ses utilisateurs, ses services et ses espaces dans Activités du gestionnaire.`
    : `Motif du refus : ${decision.motif}`;
  await enqueueNotification(tx, {
    userId: claim.userId,
    to: claim.user.contactEmail ?? claim.user.loginEmail,
    topic: "RATTACHEMENT",
    content: renderEmail({
      subject: `demande de désignation comme gestionnaire principal ${outcome}`,
      paragraphs: [`Votre demande de désignation comme gestionnaire principal de la structure ${claim.structureName} a été ${outcome} par l'administration de la plateforme.`, detail],
      link: { label: "Voir mes rattachements", url: absoluteUrl("/mon-compte") },
    }),
  });
  // No structureId: a refused requester is not a member, and the feed shows a structure's events to its members only.
  await recordEvents(tx, {
    userIds: [claim.userId],
    espace: "MON_COMPTE",
    type: decision.approved ? "DESIGNATION_APPROUVEE" : "DESIGNATION_REFUSEE",
    message: `Demande de désignation comme gestionnaire principal de la structure ${claim.structureName} ${outcome}. ${detail}`,
    link: "/mon-compte",
  });
}
