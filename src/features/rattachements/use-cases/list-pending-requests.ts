import { db } from "@/server/db.ts";
import { pendingRequestsManagedBy } from "../data/pending-requests.ts";

/** "Demandes de rattachement" (Activités du gestionnaire), oldest first. */
export function listPendingRequests({ userId }: { userId: string }) {
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
