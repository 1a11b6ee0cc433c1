import { db, type Tx } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { recordEvents } from "@/server/events.ts";
import { enqueueNotification } from "@/server/mail/notifications.ts";
import { renderEmail } from "@/server/mail/render-email.ts";
import { absoluteUrl } from "@/server/urls.ts";
import { gestionnaireIds, lockStructure } from "@/features/structures/index.ts";
import { checkedClaimDocument } from "../data/claim-document.ts";
import { pendingClaimRefusal, structureHasGestionnaire } from "../data/refusals.ts";
import { MAX_PENDING_CLAIMS_PER_USER, type ClaimDocumentUpload, type ClaimStructureInput } from "../schemas/claim.ts";

export type ClaimStructureOptions = { userId: string; input: ClaimStructureInput; document: ClaimDocumentUpload };

/**
 * "Demande de désignation comme gestionnaire principal" of a structure that has no active gestionnaire: a claim
 * (EN_ATTENTE) with the user's justification and supporting document, which only a platform administrator decides.
 * It grants nothing by itself. The administrators are told by e-mail and in their fil d'événements.
 */
export async function claimStructure({ userId, input, document }: ClaimStructureOptions) {
  const checked = await checkedClaimDocument(document);
  return db.$transaction(async (tx) => {
    const structure = await lockStructure(tx, input.structureId);
    const name = `${structure.raison_sociale} (${structure.identifier})`;
    if (structure.status !== "ACTIF") throw new AppError("CONFLICT", `La structure ${name} est inactive : aucun rattachement ne peut y être demandé.`);
    if ((await gestionnaireIds(tx, structure.id)).length > 0) throw structureHasGestionnaire(name);
    const existing = await tx.rattachement.findUnique({ where: { userId_structureId: { userId, structureId: structure.id } }, select: { status: true } });
    if (existing?.status === "INVITE") {
      throw new AppError("CONFLICT", `La structure ${name} vous a invité à la rejoindre : acceptez l'invitation dans Mon compte > Mes rattachements aux structures.`);
    }
    if (await tx.structureClaim.count({ where: { userId, structureId: structure.id, status: "EN_ATTENTE" } })) throw pendingClaimRefusal(name);
    // A bound on what one account can make the platform keep (documents of 5 Mo) and its administrators examine.
    if ((await tx.structureClaim.count({ where: { userId, status: "EN_ATTENTE" } })) >= MAX_PENDING_CLAIMS_PER_USER) {
      throw new AppError(
        "CONFLICT",
        `Vous avez déjà ${MAX_PENDING_CLAIMS_PER_USER} demandes en attente de l'administration de la plateforme : attendez sa décision avant d'en adresser une autre.`,
      );
    }

    const claim = await tx.structureClaim.create({
      data: { userId, structureId: structure.id, justification: input.justification, ...checked },
      select: { id: true },
    });
    await notifyAdministrators(tx, { claimId: claim.id, structureId: structure.id, structureName: name, userId });
    return claim;
  });
}

/** Every active platform administrator hears of a new claim (e-mail + fil d'événements). */
async function notifyAdministrators(tx: Tx, claim: { claimId: string; structureId: string; structureName: string; userId: string }) {
  const requester = await tx.user.findUniqueOrThrow({ where: { id: claim.userId }, select: { nom: true, prenom: true, loginEmail: true, contactEmail: true } });
  const administrators = await tx.user.findMany({ where: { platformRole: "ADMINISTRATEUR", status: "ACTIF" }, select: { id: true, loginEmail: true, contactEmail: true } });
  const who = `${requester.prenom} ${requester.nom} (${requester.contactEmail ?? requester.loginEmail})`;
  const link = `/administration/demandes/${claim.claimId}`;
  const email = renderEmail({
    subject: `demande de désignation du gestionnaire principal de la structure ${claim.structureName}`,
    paragraphs: [
      `${who} demande à être désigné gestionnaire principal de la structure ${claim.structureName}, qui n'a aucun gestionnaire actif.`,
      "Examinez sa justification et son justificatif, puis approuvez ou refusez la demande dans l'espace Administration.",
    ],
    link: { label: "Examiner la demande", url: absoluteUrl(link) },
  });
  for (const administrator of administrators) {
    await enqueueNotification(tx, { userId: administrator.id, to: administrator.contactEmail ?? administrator.loginEmail, topic: "RATTACHEMENT", content: email });
  }
  await recordEvents(tx, {
    userIds: administrators.map((a) => a.id),
    espace: "MON_COMPTE",
    type: "DESIGNATION_DEMANDEE",
    message: `Demande de désignation de ${who} comme gestionnaire principal de la structure ${claim.structureName}`,
    link,
  });
}
