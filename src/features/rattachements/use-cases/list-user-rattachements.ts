import { db } from "@/server/db.ts";

/** "Mes rattachements aux structures": the user's own requests and attachments. */
export function listUserRattachements({ userId }: { userId: string }) {
  return db.rattachement.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      role: true,
      status: true,
      motifRefus: true,
      structure: { select: { id: true, identifier: true, raisonSociale: true } },
      services: { select: { service: { select: { code: true, libelle: true } } } },
      espaces: { select: { espace: true } },
    },
  });
}
