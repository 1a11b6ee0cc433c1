import { db } from "@/server/db.ts";
import { requireGestionnaire } from "@/features/structures/index.ts";

/**
 * The technical accounts of the structure (Raccordements EDI et API), with their espaces, and the espaces the structure
 * opens (those a form may give): for one of its gestionnaires; NOT_FOUND for anyone else.
 */
export async function listTechnicalAccounts({ userId, structureId }: { userId: string; structureId: string }) {
  await requireGestionnaire(db, userId, structureId);
  const [structure, rows] = await Promise.all([
    db.structure.findUniqueOrThrow({ where: { id: structureId }, select: { id: true, raisonSociale: true, espaces: { select: { espace: true } } } }),
    db.rattachement.findMany({
      where: { structureId, user: { kind: "COMPTE_TECHNIQUE" } },
      orderBy: { createdAt: "asc" },
      select: {
        status: true,
        createdAt: true,
        espaces: { select: { espace: true, consultation: true, modification: true }, orderBy: { espace: "asc" } },
        user: { select: { id: true, nom: true, loginEmail: true, status: true } },
      },
    }),
  ]);
  return {
    structure: { id: structure.id, raisonSociale: structure.raisonSociale },
    openEspaces: [...new Set(structure.espaces.map((e) => e.espace))],
    accounts: rows.map((row) => ({
      id: row.user.id,
      nom: row.user.nom,
      login: row.user.loginEmail,
      actif: row.status === "ACTIF" && row.user.status === "ACTIF",
      createdAt: row.createdAt,
      espaces: row.espaces.filter((e) => e.consultation || e.modification),
    })),
  };
}
export type TechnicalAccountRow = Awaited<ReturnType<typeof listTechnicalAccounts>>["accounts"][number];
