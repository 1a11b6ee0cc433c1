import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { requireGestionnaire } from "../data/access.ts";

/** "Supprimer des espaces": the selected rows, all of this structure (else nothing is removed). */
export async function removeEspaces({ userId, structureId, espaceIds }: { userId: string; structureId: string; espaceIds: string[] }) {
  await db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    const unique = [...new Set(espaceIds)];
    const { count } = await tx.structureEspace.deleteMany({ where: { structureId, id: { in: unique } } });
    // Thrown inside the transaction: the deletion is rolled back when one id was not of this structure.
    if (count !== unique.length) throw notFound("Espace introuvable.");
  });
}
