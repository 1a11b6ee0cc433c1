import { z } from "zod";
import { listPublicServices } from "@/features/directory/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { pageSchema, paginationSchema } from "../../schemas/common.ts";
import { idStructureSchema } from "./consulter.ts";

const serviceResultatSchema = z
  .object({
    idService: z.uuid(),
    code: z.string(),
    libelle: z.string(),
    engagementObligatoire: z.boolean().meta({ description: "Le service, ou toute sa structure, demande un numéro d'engagement." }),
  })
  .meta({ id: "ServiceResultat" });

/** structures/rechercher/services: the active services of a public structure (listPublicServices), page by page. */
export const rechercherServicesStructure = jsonOperation({
  operationId: "rechercherServicesStructure",
  method: "POST",
  path: "/structures/rechercher/services",
  tag: "Structures",
  summary: "Rechercher les services d'une structure publique",
  description: "Ses services actifs, par code, avec l'engagement qu'ils demandent. Pagination par curseur.",
  scope: "lecture",
  body: z.object({ idStructure: idStructureSchema, ...paginationSchema.shape }).meta({ id: "RechercheServicesStructure" }),
  response: pageSchema(serviceResultatSchema).meta({ id: "PageServices" }),
  run: async ({ body }) => {
    const page = await listPublicServices({ structureId: body.idStructure, cursor: body.curseur, pageSize: body.nombreResultats });
    return {
      resultats: page.services.map((s) => ({ idService: s.id, code: s.code, libelle: s.libelle, engagementObligatoire: s.engagementObligatoire })),
      curseurSuivant: page.nextCursor,
    };
  },
});
