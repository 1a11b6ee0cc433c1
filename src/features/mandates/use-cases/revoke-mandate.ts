import { gestionnaireIds, requireGestionnaire } from "@/features/structures/index.ts";
import { db } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { recordEvents } from "@/server/events.ts";
import { canTransition } from "../rules/mandate-rules.ts";

/** "Révoquer": a gestionnaire ends an active mandate, or drops one still waiting for its signature. */
export async function revokeMandate({ userId, structureId, mandateId, now = new Date() }: { userId: string; structureId: string; mandateId: string; now?: Date }) {
  return db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    const mandate = await tx.mandate.findFirst({
      where: { id: mandateId, structureId },
      select: { id: true, libelle: true, status: true, structure: { select: { raisonSociale: true } } },
    });
    if (!mandate) throw notFound("Mandat introuvable.");
    const alreadyRevoked = new AppError("CONFLICT", "Ce mandat de facturation est déjà révoqué.");
    if (!canTransition(mandate.status, "REVOQUE")) throw alreadyRevoked;
    const { count } = await tx.mandate.updateMany({
      where: { id: mandate.id, status: mandate.status },
      data: { status: "REVOQUE", revokedAt: now, revokedById: userId },
    });
    if (count !== 1) throw alreadyRevoked;
    await recordEvents(tx, {
      userIds: await gestionnaireIds(tx, structureId),
      structureId,
      espace: "ACTIVITES_GESTIONNAIRE",
      type: "MANDAT_REVOQUE",
      message: `Le mandat de facturation « ${mandate.libelle} » de la structure « ${mandate.structure.raisonSociale} » a été révoqué.`,
      link: `/activites-gestionnaire/structures/${structureId}/mandats`,
    });
    return { libelle: mandate.libelle };
  });
}
