import type { Prisma } from "@/generated/prisma/client.ts";
import { db } from "@/server/db.ts";

/** The waiting requests of the active structures the user manages: the only ones they may see. */
export const pendingRequestsManagedBy = (userId: string): Prisma.RattachementWhereInput => ({
  status: "EN_ATTENTE",
  structure: {
    status: "ACTIF",
    rattachements: { some: { userId, status: "ACTIF", role: { in: ["GESTIONNAIRE_PRINCIPAL", "GESTIONNAIRE_SECONDAIRE"] } } },
  },
});

/** "Demandes de rattachement" (Activités du gestionnaire), oldest first. */
export function listPendingRequests(userId: string) {
  return db.rattachement.findMany({
    where: pendingRequestsManagedBy(userId),
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      createdAt: true,
      user: { select: { nom: true, prenom: true, loginEmail: true, contactEmail: true } },
      structure: { select: { identifier: true, raisonSociale: true } },
    },
  });
}
