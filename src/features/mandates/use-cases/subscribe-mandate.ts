import { gestionnaireIds, requireGestionnaire } from "@/features/structures/index.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { recordEvents } from "@/server/events.ts";
import { enqueueEmail } from "@/server/mail/outbox.ts";
import { renderEmail } from "@/server/mail/render-email.ts";
import { newToken } from "@/server/tokens.ts";
import { absoluteUrl } from "@/server/urls.ts";
import { canSubscribeMandate, signatureExpiry } from "../rules/mandate-rules.ts";
import type { SubscribeMandateInput } from "../schemas.ts";

/**
 * "Souscrire un mandat de facturation": a gestionnaire of a private structure creates the mandate, which they
 * will sign themselves through the link e-mailed to them.
 */
export async function subscribeMandate({ userId, input, now = new Date() }: { userId: string; input: SubscribeMandateInput; now?: Date }) {
  return db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, input.structureId);
    // Locks the structure: two subscriptions at once are serialised, so only one can take the free slot.
    const [structure] = await tx.$queryRaw<{ raison_sociale: string; kind: string }[]>`
      SELECT raison_sociale, kind FROM structures WHERE id = ${input.structureId}::uuid FOR UPDATE`;
    if (structure.kind !== "PRIVEE") {
      throw new AppError("FORBIDDEN", "Seule une structure privée souscrit un mandat de facturation : une structure publique n'en a pas besoin.");
    }
    const existing = await tx.mandate.findMany({ where: { structureId: input.structureId }, select: { status: true } });
    if (!canSubscribeMandate(existing.map((m) => m.status))) {
      throw new AppError(
        "CONFLICT",
        "Un mandat de facturation actif ou en cours de validation existe déjà pour cette structure : révoquez-le avant d'en souscrire un nouveau.",
        "libelle",
      );
    }

    const { token, hash } = newToken();
    const mandate = await tx.mandate.create({
      data: {
        structureId: input.structureId,
        libelle: input.libelle,
        createdById: userId,
        signataireId: userId,
        signatureTokenHash: hash,
        signatureExpiresAt: signatureExpiry(now),
        createdAt: now,
      },
    });

    const signataire = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { loginEmail: true, contactEmail: true } });
    const raisonSociale = structure.raison_sociale;
    await enqueueEmail(
      tx,
      signataire.contactEmail ?? signataire.loginEmail,
      renderEmail({
        subject: `Structure ${raisonSociale} - Création d'un nouveau mandat de facturation à signer`,
        paragraphs: [
          `Vous venez de créer le mandat de facturation « ${input.libelle} » pour la structure « ${raisonSociale} ». Nous vous invitons à cliquer sur le lien suivant pour valider et signer ce mandat de facturation (lien valable 7 jours) :`,
        ],
        link: { label: "Lien de signature du mandat", url: absoluteUrl(`/mandats/signer/${token}`) },
      }),
    );
    await recordEvents(tx, {
      userIds: await gestionnaireIds(tx, input.structureId),
      structureId: input.structureId,
      espace: "ACTIVITES_GESTIONNAIRE",
      type: "MANDAT_SOUSCRIT",
      message: `Le mandat de facturation « ${input.libelle} » de la structure « ${raisonSociale} » a été souscrit : il attend sa signature.`,
      link: `/activites-gestionnaire/structures/${input.structureId}/mandats`,
    });
    return mandate;
  });
}
