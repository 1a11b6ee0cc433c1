// Ids received from a form must belong to the structure being managed (a hidden field is never trusted).
import type { Tx } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";

/** The given services, all of this structure, or NOT_FOUND. */
export async function requireServicesOf(tx: Tx, structureId: string, serviceIds: string[]) {
  const unique = [...new Set(serviceIds)];
  const services = await tx.service.findMany({ where: { structureId, id: { in: unique } } });
  if (services.length !== unique.length) throw notFound("Service introuvable.");
  return services;
}
