import { db } from "@/server/db.ts";

const MANAGED_STRUCTURES_PAGE_SIZE = 5;

/** "Mes structures": the structures the user manages (principal or secondaire), 5 per page. */
export async function listManagedStructures({ userId, page = 1 }: { userId: string; page?: number }) {
  const where = {
    rattachements: { some: { userId, status: "ACTIF" as const, role: { in: ["GESTIONNAIRE_PRINCIPAL" as const, "GESTIONNAIRE_SECONDAIRE" as const] } } },
  };
  const [total, structures] = await db.$transaction([
    db.structure.count({ where }),
    db.structure.findMany({
      where,
      orderBy: [{ raisonSociale: "asc" }, { id: "asc" }],
      skip: (Math.max(1, page) - 1) * MANAGED_STRUCTURES_PAGE_SIZE,
      take: MANAGED_STRUCTURES_PAGE_SIZE,
      select: {
        id: true,
        identifier: true,
        raisonSociale: true,
        createdAt: true,
        status: true,
        services: { where: { actif: true }, orderBy: { code: "asc" }, select: { code: true, libelle: true } },
      },
    }),
  ]);
  return { total, pageCount: Math.max(1, Math.ceil(total / MANAGED_STRUCTURES_PAGE_SIZE)), structures };
}
