import { db } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { requireGestionnaire } from "../data/access.ts";

/** "Désactiver" / "Réactiver" a service. A structure keeps at least one active service (at first, its default one). */
export async function setServiceActive({ userId, structureId, serviceId, active }: { userId: string; structureId: string; serviceId: string; active: boolean }) {
  await db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    // Locks the structure's services: two concurrent deactivations cannot both leave none active.
    await tx.$queryRaw`SELECT id FROM services WHERE structure_id = ${structureId}::uuid FOR UPDATE`;
    const service = await tx.service.findFirst({ where: { id: serviceId, structureId }, select: { id: true, code: true, actif: true } });
    if (!service) throw notFound("Service introuvable.");
    if (!active && service.actif && (await tx.service.count({ where: { structureId, actif: true } })) === 1) {
      throw new AppError(
        "CONFLICT",
        service.code === "DEFAUT"
          ? "Le service par défaut ne peut pas être désactivé tant qu'il est le seul service actif de la structure."
          : "Ce service est le seul service actif de la structure : il ne peut pas être désactivé.",
      );
    }
    await tx.service.update({ where: { id: serviceId }, data: { actif: active } });
  });
}
