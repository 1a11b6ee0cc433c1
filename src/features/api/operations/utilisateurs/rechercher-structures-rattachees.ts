import { z } from "zod";
import { Espace, IdentifierType, Role, StructureKind } from "@/generated/prisma/enums.ts";
import { ESPACE_RIGHTS, listUserStructures } from "@/features/structures/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";

const structureRattacheeSchema = z
  .object({
    idStructure: z.uuid(),
    typeIdentifiant: z.enum(IdentifierType),
    identifiant: z.string(),
    raisonSociale: z.string(),
    typeStructure: z.enum(StructureKind),
    role: z.enum(Role),
    espaces: z.array(z.object({ espace: z.enum(Espace), droit: z.enum(ESPACE_RIGHTS.filter((right) => right !== "AUCUN")) })),
  })
  .meta({ id: "StructureRattachee" });

/**
 * utilisateurs/rechercher/structuresRattachees: the structures the caller's technical account acts for, with its right
 * on each espace — where a program finds its own `idStructure` (a private structure is not in the directory).
 */
export const rechercherStructuresRattachees = jsonOperation({
  operationId: "rechercherStructuresRattachees",
  method: "POST",
  path: "/utilisateurs/rechercher/structuresRattachees",
  tag: "Utilisateurs",
  summary: "Les structures du compte technique",
  description: "Les structures auxquelles le compte technique de l'application est rattaché, et son droit (consultation ou modification) sur chaque espace.",
  scope: "lecture",
  response: z.object({ resultats: z.array(structureRattacheeSchema) }),
  run: async ({ caller }) => ({
    resultats: (await listUserStructures({ userId: caller.userId })).map((structure) => ({
      idStructure: structure.id,
      typeIdentifiant: structure.identifierType,
      identifiant: structure.identifier,
      raisonSociale: structure.raisonSociale,
      typeStructure: structure.kind,
      role: structure.role,
      espaces: structure.rights.map(({ espace, right }) => ({ espace, droit: right as "CONSULTATION" | "MODIFICATION" })),
    })),
  }),
});
