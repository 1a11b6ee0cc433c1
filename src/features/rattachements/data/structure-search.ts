// The structure search's query ("Demander un rattachement"): the criteria as a `where` ("*" stands for any
// characters), the sorts, and what is shown of each structure.
import type { Prisma } from "@/generated/prisma/client.ts";
import type { StructureSearch } from "../schemas/rattachement.ts";

type Text = { contains: string; mode: "insensitive" };

/** A criterion where "*" stands for any characters, as on the portal: every piece between stars must appear. */
function textConditions(value: string): Text[] {
  return value
    .split("*")
    .map((piece) => piece.trim())
    .filter(Boolean)
    .map((piece) => ({ contains: piece, mode: "insensitive" }));
}

export function structureWhere(search: StructureSearch): Prisma.StructureWhereInput {
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

export const STRUCTURE_SEARCH_ORDER: Record<StructureSearch["tri"], (order: Prisma.SortOrder) => Prisma.StructureOrderByWithRelationInput[]> = {
  identifiant: (order) => [{ identifier: order }],
  designation: (order) => [{ raisonSociale: order }, { identifier: "asc" }],
  statut: (order) => [{ status: order }, { identifier: "asc" }],
};

/** What the search shows and exports of each structure. */
export const structureSearchSelect = {
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
