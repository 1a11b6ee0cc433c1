import { db } from "@/server/db.ts";
import { requireGestionnaire } from "../data/access.ts";
import { requireServicesOf } from "../data/services.ts";
import { ALL_SERVICES, type AddEspacesInput } from "../schemas/management.ts";

/**
 * "Ajouter des espaces": opens each checked espace for every service ("Tous les services", serviceId null) or for
 * each chosen service; an espace already open there gets the new consultation/modification rights.
 */
export async function addEspaces({ userId, structureId, input }: { userId: string; structureId: string; input: AddEspacesInput }) {
  await db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    const serviceIds = input.services.includes(ALL_SERVICES) ? [null] : (await requireServicesOf(tx, structureId, input.services as string[])).map((s) => s.id);
    const espaces = [...new Set([...input.consultation, ...input.modification])];
    for (const serviceId of serviceIds) {
      for (const espace of espaces) {
        const rights = { consultation: input.consultation.includes(espace), modification: input.modification.includes(espace) };
        const existing = await tx.structureEspace.findFirst({ where: { structureId, serviceId, espace }, select: { id: true } });
        if (existing) await tx.structureEspace.update({ where: { id: existing.id }, data: rights });
        else await tx.structureEspace.create({ data: { structureId, serviceId, espace, ...rights } });
      }
    }
  });
}
