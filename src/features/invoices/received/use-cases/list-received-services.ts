import { db } from "@/server/db.ts";
import { receivedScopes } from "@/features/invoices/common/index.ts";

/** The services the "Service" filter of "Factures reçues" offers: those of the structures (or services) the user handles. */
export async function listReceivedServices({ userId }: { userId: string }) {
  const scopes = await receivedScopes(db, userId);
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
