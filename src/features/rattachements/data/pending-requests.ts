import type { Prisma } from "@/generated/prisma/client.ts";

/** The waiting requests of the active structures the user manages: the only ones they may see. */
export const pendingRequestsManagedBy = (userId: string): Prisma.RattachementWhereInput => ({
  status: "EN_ATTENTE",
  structure: {
    status: "ACTIF",
    rattachements: { some: { userId, status: "ACTIF", role: { in: ["GESTIONNAIRE_PRINCIPAL", "GESTIONNAIRE_SECONDAIRE"] } } },
  },
});
