import { z } from "zod";
import { checkDirectoryCriteria, DIRECTORY_CRITERIA_FIELDS, searchPublicDirectoryByCursor } from "@/features/directory/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { pageSchema, paginationSchema } from "../../schemas/common.ts";

const rechercheStructuresSchema = z.object({ ...DIRECTORY_CRITERIA_FIELDS, ...paginationSchema.shape }).superRefine(checkDirectoryCriteria).meta({ id: "RechercheStructures" });

const structureResultatSchema = z
  .object({ idStructure: z.uuid(), identifiant: z.string(), raisonSociale: z.string(), codePostal: z.string(), ville: z.string() })
  .meta({ id: "StructureResultat" });

/** structures/rechercher: the public directory (« Rechercher une structure publique »), page by page. */
export const rechercherStructures = jsonOperation({
  operationId: "rechercherStructures",
  method: "POST",
  path: "/structures/rechercher",
  tag: "Structures",
  summary: "Rechercher dans l'annuaire des structures publiques",
  description:
    "Les critères de l'annuaire : un Siret / identifiant (`*` joker) et/ou un texte (nom, ville, code postal, raison sociale). Par raison sociale ; pagination par curseur : renvoyez `curseurSuivant` dans `curseur`.",
  scope: "lecture",
  body: rechercheStructuresSchema,
  response: pageSchema(structureResultatSchema).meta({ id: "PageStructures" }),
  run: async ({ body: { curseur, nombreResultats, ...criteria } }) => {
    const page = await searchPublicDirectoryByCursor({ criteria, cursor: curseur, pageSize: nombreResultats });
    return {
      resultats: page.structures.map((s) => ({ idStructure: s.id, identifiant: s.identifier, raisonSociale: s.raisonSociale, codePostal: s.codePostal, ville: s.ville })),
      curseurSuivant: page.nextCursor,
    };
  },
});
