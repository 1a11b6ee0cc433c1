import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { recordEvents } from "@/server/events.ts";
import { enqueueEmail } from "@/server/mail/outbox.ts";
import { renderEmail } from "@/server/mail/render-email.ts";
import { absoluteUrl } from "@/server/urls.ts";
import { gestionnaireIds, lockStructure } from "@/features/structures/index.ts";
import { ownInvitation, type AnswerInvitationOptions } from "../data/invitations.ts";

/**
 * « Accepter » an invitation: the rattachement becomes ACTIF with the role, services and espaces the gestionnaire
 * chose. Only while its author still manages the structure (locked): an invitation does not outlive its author's rights.
 * The author is told by e-mail and in their fil d'événements.
 */
export async function acceptInvitation(options: AnswerInvitationOptions) {
  await db.$transaction(async (tx) => {
    const found = await ownInvitation(tx, options);
    const structure = await lockStructure(tx, found.structureId);
    const invitation = await ownInvitation(tx, options);
    const name = `${structure.raison_sociale} (${structure.identifier})`;
    if (structure.status !== "ACTIF") throw new AppError("CONFLICT", `La structure ${name} est inactive : l'invitation ne peut pas être acceptée.`);
    const managers = await gestionnaireIds(tx, invitation.structureId);
    if (!invitation.invitedById || !managers.includes(invitation.invitedById)) {
      throw new AppError("CONFLICT", `Cette invitation n'est plus valable : son auteur n'est plus gestionnaire de la structure ${name}. Demandez votre rattachement à la structure.`);
    }
    await tx.rattachement.update({ where: { id: invitation.id }, data: { status: "ACTIF", decidedById: invitation.invitedById, decidedAt: new Date() } });

    const [user, inviter] = await Promise.all([
      tx.user.findUniqueOrThrow({ where: { id: options.userId }, select: { nom: true, prenom: true, loginEmail: true } }),
      tx.user.findUniqueOrThrow({ where: { id: invitation.invitedById }, select: { loginEmail: true, contactEmail: true } }),
    ]);
    const message = `${user.prenom} ${user.nom} (${user.loginEmail}) a accepté votre invitation : il est rattaché à la structure ${name}.`;
    const link = `/activites-gestionnaire/structures/${invitation.structureId}`;
    await enqueueEmail(
      tx,
      inviter.contactEmail ?? inviter.loginEmail,
      renderEmail({ subject: `invitation acceptée pour la structure ${structure.raison_sociale}`, paragraphs: [message], link: { label: "Gérer la structure", url: absoluteUrl(link) } }),
    );
    await recordEvents(tx, { userIds: [invitation.invitedById], structureId: invitation.structureId, espace: "ACTIVITES_GESTIONNAIRE", type: "INVITATION_ACCEPTEE", message, link });
  });
}
