import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { requireGestionnaire } from "../data/access.ts";
import type { ServiceInput } from "../schemas/management.ts";
import { duplicateServiceCode } from "../data/refusals.ts";

/** "Modifier" a service of the structure: its code (still unique), libellé and "Engagement obligatoire". */
export async function updateService({ userId, structureId, serviceId, input }: { userId: string; structureId: string; serviceId: string; input: ServiceInput }) {
  await db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    const service = await tx.service.findFirst({ where: { id: serviceId, structureId }, select: { id: true } });
    if (!service) throw notFound("Service introuvable.");
    const homonym = await tx.service.findUnique({ where: { structureId_code: { structureId, code: input.code } }, select: { id: true } });
    if (homonym && homonym.id !== serviceId) throw duplicateServiceCode(input.code);
    await tx.service.update({ where: { id: serviceId }, data: input });
  });
}
