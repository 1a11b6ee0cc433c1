import { gestionnaireIds } from "@/features/structures/index.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { recordEvents } from "@/server/events.ts";
import { CONDITIONS_NOT_ACCEPTED } from "../rules/mandate-rules.ts";
import { findMandateToSign } from "../data/mandate-to-sign.ts";

/** "Valider le mandat": the signataire accepts the mandate and the terms of use; the mandate becomes Actif. */
export async function signMandate({ userId, token, conditionsAccepted, now = new Date() }: { userId: string; token: string; conditionsAccepted: boolean; now?: Date }) {
  if (!conditionsAccepted) throw new AppError("VALIDATION", CONDITIONS_NOT_ACCEPTED, "conditionsAccepted");
  return db.$transaction(async (tx) => {
    const mandate = await findMandateToSign(tx, userId, token, now);
    // Conditional on the status: of two signatures at once, the second finds the row already Actif and changes nothing.
    const { count } = await tx.mandate.updateMany({
      where: { id: mandate.id, status: "EN_COURS_DE_VALIDATION" },
      data: { status: "ACTIF", signedAt: now },
    });
    if (count !== 1) throw new AppError("INVALID_TOKEN", "Ce mandat de facturation a déjà été signé : il est actif.");
    await recordEvents(tx, {
      userIds: await gestionnaireIds(tx, mandate.structure.id),
      structureId: mandate.structure.id,
      espace: "ACTIVITES_GESTIONNAIRE",
      type: "MANDAT_SIGNE",
      message: `Le mandat de facturation « ${mandate.libelle} » de la structure « ${mandate.structure.raisonSociale} » est signé : il est actif.`,
      link: `/activites-gestionnaire/structures/${mandate.structure.id}/mandats`,
    });
    return { structureId: mandate.structure.id, libelle: mandate.libelle };
  });
}
