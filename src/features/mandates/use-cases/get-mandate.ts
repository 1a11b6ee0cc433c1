import { requireGestionnaire } from "@/features/structures/index.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";

/** One mandate of a structure the user manages (for the revocation's confirmation). */
export async function getMandate({ userId, structureId, mandateId }: { userId: string; structureId: string; mandateId: string }) {
  return db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    const mandate = await tx.mandate.findFirst({
      where: { id: mandateId, structureId },
      select: { id: true, libelle: true, status: true, structure: { select: { raisonSociale: true } } },
    });
    if (!mandate) throw notFound("Mandat introuvable.");
    return mandate;
  });
}
