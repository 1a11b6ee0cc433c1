import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { recordEvents } from "@/server/events.ts";
import { enqueueEmail } from "@/server/mail/outbox.ts";
import { renderEmail } from "@/server/mail/render-email.ts";
import { absoluteUrl } from "@/server/urls.ts";
import { requireGestionnaire } from "../access.ts";
import { ROLE_LABELS } from "../labels.ts";
import { assertMembersChangeAllowed, lockMembers, requireOpenEspaces, requireServicesOf } from "../management-access.ts";
import type { AttachUserInput } from "../management-schemas.ts";

/** "+ Rattacher un utilisateur": an existing account, found by its login e-mail, joins the structure at once (ACTIF). */
export async function attachUser(userId: string, structureId: string, input: AttachUserInput) {
  await db.$transaction(async (tx) => {
    const acting = await requireGestionnaire(tx, userId, structureId);
    const members = await lockMembers(tx, structureId, []);
    assertMembersChangeAllowed({ userId, role: acting.role }, members, new Map([["nouveau", { role: input.role, status: "ACTIF" }]]));
    await requireServicesOf(tx, structureId, input.serviceIds);
    await requireOpenEspaces(tx, structureId, input.espaces);

    const user = await tx.user.findUnique({ where: { loginEmail: input.email }, select: { id: true, loginEmail: true, contactEmail: true } });
    if (!user) throw new AppError("NOT_FOUND", "Aucun compte n'a cette adresse électronique de connexion : l'utilisateur doit d'abord créer son compte.", "email");
    const existing = await tx.rattachement.findUnique({ where: { userId_structureId: { userId: user.id, structureId } }, select: { id: true, status: true } });
    if (existing?.status === "EN_ATTENTE") {
      throw new AppError("CONFLICT", "Cet utilisateur a déjà demandé son rattachement : acceptez ou refusez sa demande dans « Demandes de rattachement ».", "email");
    }
    if (existing && existing.status !== "REFUSE") throw new AppError("CONFLICT", "Cet utilisateur est déjà rattaché à la structure.", "email");
    // A refused request gives way to the gestionnaire's own choice.
    if (existing) await tx.rattachement.delete({ where: { id: existing.id } });

    await tx.rattachement.create({
      data: {
        userId: user.id,
        structureId,
        role: input.role,
        status: "ACTIF",
        decidedById: userId,
        decidedAt: new Date(),
        services: { create: [...new Set(input.serviceIds)].map((serviceId) => ({ serviceId })) },
        espaces: { create: [...new Set(input.espaces)].map((espace) => ({ espace })) },
      },
    });

    const structure = await tx.structure.findUniqueOrThrow({ where: { id: structureId }, select: { raisonSociale: true, identifier: true } });
    const message = `Vous avez été rattaché à la structure « ${structure.raisonSociale} » (${structure.identifier}) en tant que ${ROLE_LABELS[input.role].toLowerCase()}.`;
    await enqueueEmail(
      tx,
      user.contactEmail ?? user.loginEmail,
      renderEmail({
        subject: `Rattachement à la structure ${structure.raisonSociale}`,
        paragraphs: [message],
        link: { label: "Consulter mes rattachements", url: absoluteUrl("/mon-compte") },
      }),
    );
    await recordEvents(tx, { userIds: [user.id], structureId, espace: "MON_COMPTE", type: "RATTACHEMENT_AJOUTE", message, link: "/mon-compte" });
  });
}
