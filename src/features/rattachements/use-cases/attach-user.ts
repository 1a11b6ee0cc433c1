import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { recordEvents } from "@/server/events.ts";
import { enqueueEmail } from "@/server/mail/outbox.ts";
import { renderEmail } from "@/server/mail/render-email.ts";
import { absoluteUrl } from "@/server/urls.ts";
import { requireGestionnaire, ROLE_LABELS, requireServicesOf } from "@/features/structures/index.ts";
import { assertMembersChangeAllowed, lockMembers, requireOpenEspaces } from "../data/members.ts";
import { espaceRightsOf, INVITATION_SENT, TECHNICAL_ACCOUNT_NOT_INVITED, type AttachUserInput } from "../schemas/users.ts";

/**
 * "+ Rattacher un utilisateur": an INVITATION, never an attachment. If the address has an account, a rattachement
 * INVITE is created with the role, services and espaces the gestionnaire chose (kept as chosen); it grants nothing
 * until its owner accepts it in Mon compte, and they are told by e-mail and in their fil d'événements. If it has none,
 * the address receives an invitation to create an account. The answer is the same either way: nothing reveals whether
 * an address has an account. Only users who already made themselves known to the structure (members, requesters) are
 * answered otherwise.
 */
export async function attachUser({ userId, structureId, input }: { userId: string; structureId: string; input: AttachUserInput }): Promise<{ message: string }> {
  await db.$transaction(async (tx) => {
    const acting = await requireGestionnaire(tx, userId, structureId);
    const members = await lockMembers(tx, structureId, []);
    assertMembersChangeAllowed({ userId, role: acting.role }, members, new Map([["nouveau", { role: input.role, status: "ACTIF" }]]));
    await requireServicesOf(tx, structureId, input.serviceIds);
    await requireOpenEspaces(tx, structureId, espaceRightsOf(input).map((e) => e.espace));
    const structure = await tx.structure.findUniqueOrThrow({ where: { id: structureId }, select: { raisonSociale: true, identifier: true } });
    const inviter = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { nom: true, prenom: true } });
    const name = `« ${structure.raisonSociale} » (${structure.identifier})`;
    const roleText = ROLE_LABELS[input.role].toLowerCase();

    const user = await tx.user.findUnique({ where: { loginEmail: input.email }, select: { id: true, loginEmail: true, contactEmail: true, kind: true } });
    // The schema refuses their domain already; this holds for a caller that skips it.
    if (user?.kind === "COMPTE_TECHNIQUE") throw new AppError("VALIDATION", TECHNICAL_ACCOUNT_NOT_INVITED, "email");
    if (!user) {
      await enqueueEmail(
        tx,
        input.email,
        renderEmail({
          subject: `Invitation à rejoindre la structure ${structure.raisonSociale}`,
          paragraphs: [
            `${inviter.prenom} ${inviter.nom}, gestionnaire de la structure ${name}, vous invite à la rejoindre sur le portail en tant que ${roleText}.`,
            `Créez votre compte avec cette adresse électronique, puis demandez votre rattachement à la structure ${structure.identifier} dans Mon compte > Mes rattachements aux structures.`,
            "Si vous ne connaissez pas cette structure, ignorez ce message.",
          ],
          link: { label: "Créer mon compte", url: absoluteUrl("/inscription") },
        }),
      );
      return;
    }

    const existing = await tx.rattachement.findUnique({ where: { userId_structureId: { userId: user.id, structureId } }, select: { id: true, status: true } });
    if (existing?.status === "EN_ATTENTE") {
      throw new AppError("CONFLICT", "Cet utilisateur a déjà demandé son rattachement : acceptez ou refusez sa demande dans « Demandes de rattachement ».", "email");
    }
    if (existing?.status === "ACTIF" || existing?.status === "DESACTIVE") throw new AppError("CONFLICT", "Cet utilisateur est déjà rattaché à la structure.", "email");
    // A refused request, or an earlier invitation, gives way to the gestionnaire's latest choice.
    if (existing) await tx.rattachement.delete({ where: { id: existing.id } });

    await tx.rattachement.create({
      data: {
        userId: user.id,
        structureId,
        role: input.role,
        status: "INVITE",
        invitedById: userId,
        services: { create: [...new Set(input.serviceIds)].map((serviceId) => ({ serviceId })) },
        espaces: { create: espaceRightsOf(input) },
      },
    });
    const message = `${inviter.prenom} ${inviter.nom} vous invite à rejoindre la structure ${name} en tant que ${roleText}.`;
    await enqueueEmail(
      tx,
      user.contactEmail ?? user.loginEmail,
      renderEmail({
        subject: `Invitation à rejoindre la structure ${structure.raisonSociale}`,
        paragraphs: [message, "Acceptez ou déclinez cette invitation dans Mon compte > Mes rattachements aux structures. Tant que vous ne l'avez pas acceptée, elle ne vous donne aucun accès."],
        link: { label: "Répondre à l'invitation", url: absoluteUrl("/mon-compte") },
      }),
    );
    // No structureId: the feed shows a structure's events to its members only, and an invitee is not one yet.
    await recordEvents(tx, { userIds: [user.id], espace: "MON_COMPTE", type: "RATTACHEMENT_INVITATION", message, link: "/mon-compte" });
  });
  return { message: INVITATION_SENT };
}
