import { db } from "@/server/db.ts";
import { requireGestionnaire } from "../data/access.ts";

/** Everything the structure page shows, for one of its gestionnaires; NOT_FOUND for anyone else. */
export async function getManagedStructure({ userId, structureId }: { userId: string; structureId: string }) {
  const acting = await requireGestionnaire(db, userId, structureId);
  const structure = await db.structure.findUniqueOrThrow({
    where: { id: structureId },
    include: {
      services: { orderBy: { code: "asc" } },
      bankAccounts: { orderBy: [{ actif: "desc" }, { createdAt: "asc" }], select: { id: true, iban: true, bic: true, titulaire: true, actif: true, affactureur: true } },
      espaces: { orderBy: [{ espace: "asc" }, { createdAt: "asc" }], include: { service: { select: { code: true, libelle: true } } } },
      rattachements: {
        // The people of the structure: its technical accounts are listed in « Raccordements EDI et API ».
        where: { status: { in: ["ACTIF", "DESACTIVE"] }, user: { kind: "PERSONNE" } },
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          role: true,
          status: true,
          reactivatedAt: true,
          user: { select: { id: true, nom: true, prenom: true, loginEmail: true, contactEmail: true, lastLoginAt: true } },
          services: { select: { serviceId: true } },
          espaces: { select: { espace: true, consultation: true, modification: true } },
        },
      },
    },
  });
  return { acting, structure };
}
export type ManagedStructure = Awaited<ReturnType<typeof getManagedStructure>>["structure"];
