import { db } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { lockStructure } from "@/features/structures/index.ts";

/**
 * "Supprimer rattachements": the user withdraws their own requests and leaves their own structures. A gestionnaire
 * principal may not leave a structure that still has other users: it would be left without anyone to manage it.
 */
export async function removeOwnRattachements({ userId, rattachementIds }: { userId: string; rattachementIds: string[] }) {
  const ids = [...new Set(rattachementIds)];
  await db.$transaction(async (tx) => {
    const rattachements = await tx.rattachement.findMany({ where: { id: { in: ids }, userId }, select: { structureId: true, role: true, status: true } });
    if (rattachements.length !== ids.length) throw notFound("Rattachement introuvable.");
    for (const { structureId } of rattachements.filter((r) => r.role === "GESTIONNAIRE_PRINCIPAL" && r.status === "ACTIF")) {
      const structure = await lockStructure(tx, structureId);
      const others = await tx.rattachement.count({ where: { structureId, userId: { not: userId }, status: { in: ["ACTIF", "EN_ATTENTE", "DESACTIVE"] } } });
      if (others > 0) {
        throw new AppError(
          "CONFLICT",
          `Vous êtes le gestionnaire principal de la structure ${structure.raison_sociale} (${structure.identifier}), qui compte d'autres utilisateurs : confiez ce rôle à l'un d'eux avant de quitter la structure.`,
        );
      }
    }
    await tx.rattachement.deleteMany({ where: { id: { in: ids }, userId } });
  });
}
