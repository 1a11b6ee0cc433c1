import type { Prisma } from "@/generated/prisma/client.ts";
import { db } from "@/server/db.ts";
import { pagesOf } from "@/lib/csv.ts";
import type { StructureSearch } from "../schemas/rattachement.ts";
import { STRUCTURE_EXPORT_MAX_ROWS } from "../rules/structure-search-csv.ts";

type Text = { contains: string; mode: "insensitive" };

/** A criterion where "*" stands for any characters, as on the portal: every piece between stars must appear. */
function textConditions(value: string): Text[] {
  return value
    .split("*")
    .map((piece) => piece.trim())
    .filter(Boolean)
    .map((piece) => ({ contains: piece, mode: "insensitive" }));
}

function structureWhere(search: StructureSearch): Prisma.StructureWhereInput {
  const on = (field: "raisonSociale" | "identifier" | "libelle" | "codePostal" | "ville" | "pays", value: string) =>
    textConditions(value).map((condition) => ({ [field]: condition }));
  const gestionnaire = [...textConditions(search.nom).map((nom) => ({ nom })), ...textConditions(search.prenom).map((prenom) => ({ prenom }))];
  return {
    AND: [
      ...on("raisonSociale", search.raisonSociale),
      ...on("identifier", search.identifiant),
      ...on("libelle", search.libelle),
      ...on("codePostal", search.codePostal),
      ...on("ville", search.ville),
      ...on("pays", search.pays),
      // "Nom" and "Prénom" find a structure by one of its gestionnaires.
      ...(gestionnaire.length
        ? [{ rattachements: { some: { status: "ACTIF" as const, role: { in: ["GESTIONNAIRE_PRINCIPAL" as const, "GESTIONNAIRE_SECONDAIRE" as const] }, user: { AND: gestionnaire } } } }]
        : []),
    ],
    kind: search.type,
    identifierType: search.typeIdentifiant,
    status: search.statut,
  };
}

const ORDER: Record<StructureSearch["tri"], (order: Prisma.SortOrder) => Prisma.StructureOrderByWithRelationInput[]> = {
  identifiant: (order) => [{ identifier: order }],
  designation: (order) => [{ raisonSociale: order }, { identifier: "asc" }],
  statut: (order) => [{ status: order }, { identifier: "asc" }],
};

const select = {
  id: true,
  identifierType: true,
  identifier: true,
  raisonSociale: true,
  libelle: true,
  kind: true,
  status: true,
  adresse: true,
  codePostal: true,
  ville: true,
  pays: true,
} satisfies Prisma.StructureSelect;

/**
 * "Demander un rattachement": the structures matching the criteria, one page of them, with the searching user's
 * own rattachement to each (so that the page can say "déjà rattaché"). Every signed-in user may search.
 */
export async function searchStructures(userId: string, search: StructureSearch) {
  const where = structureWhere(search);
  const [total, structures] = await db.$transaction([
    db.structure.count({ where }),
    db.structure.findMany({
      where,
      orderBy: ORDER[search.tri](search.ordre),
      skip: (search.page - 1) * search.lignes,
      take: search.lignes,
      select: { ...select, rattachements: { where: { userId }, select: { status: true } } },
    }),
  ]);
  return {
    total,
    structures: structures.map(({ rattachements, ...structure }) => ({ ...structure, ownStatus: rattachements[0]?.status ?? null })),
  };
}

/** "Exporter les résultats": the structures matching the criteria, in the chosen order (at most the export's bound, plus one). */
export function exportStructures(search: StructureSearch) {
  return db.structure.findMany({ where: structureWhere(search), orderBy: ORDER[search.tri](search.ordre), select, take: STRUCTURE_EXPORT_MAX_ROWS + 1 });
}

/** The same, streamed: one database page at a time as the CSV is written. */
export function streamStructures(search: StructureSearch) {
  const orderBy = [...ORDER[search.tri](search.ordre), { id: "asc" as const }];
  return pagesOf((skip, take) => db.structure.findMany({ where: structureWhere(search), orderBy, select, skip, take }), 1000, STRUCTURE_EXPORT_MAX_ROWS);
}
