// The services a user reaches in Factures reçues (the search's « Service » filter, the dashboard's tiles): those of the
// structures they handle, or only the services their rattachement names; the structure's name before each when they
// handle several.
import { db } from "@/server/db.ts";
import type { ReceivedScope } from "@/features/invoices/common/index.ts";

export async function readReceivedServices(scopes: ReceivedScope[]) {
  if (scopes.length === 0) return [];
  const services = await db.service.findMany({
    where: { OR: scopes.map((scope) => ({ structureId: scope.structureId, ...(scope.serviceIds ? { id: { in: scope.serviceIds } } : {}) })) },
    orderBy: [{ structure: { raisonSociale: "asc" } }, { code: "asc" }],
    take: 500,
    select: { id: true, code: true, libelle: true, structure: { select: { raisonSociale: true } } },
  });
  const several = new Set(scopes.map((scope) => scope.structureId)).size > 1;
  return services.map((service) => ({
    id: service.id,
    label: `${several ? `${service.structure.raisonSociale} — ` : ""}${service.code} - ${service.libelle}`,
  }));
}
