import { db } from "@/server/db.ts";

/** Mon compte: the user's own claims to the platform's administration (structures without gestionnaire), newest first. */
export function listUserClaims({ userId }: { userId: string }) {
  return db.structureClaim.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, status: true, motif: true, createdAt: true, structure: { select: { identifier: true, raisonSociale: true } } },
  });
}
