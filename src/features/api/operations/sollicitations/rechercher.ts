import { z } from "zod";
import { listSollicitations, SOLLICITATION_STATUSES, SOLLICITATIONS_PAGE_SIZE, sollicitationSearchSchema } from "@/features/sollicitations/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { sollicitationLigneSchema, toSollicitationLigne } from "../../schemas/sollicitation.ts";

// The criteria of the lists' « Rechercher » (their one schema), named as the API names things.
const criteria = sollicitationSearchSchema.shape;
const rechercherSchema = z
  .object({
    numeroSollicitation: criteria.numero,
    statut: z.enum(SOLLICITATION_STATUSES as [string, ...string[]]).optional(),
    categorie: criteria.categorie,
    numeroFacture: criteria.facture,
    dateDepotDebut: criteria.du,
    dateDepotFin: criteria.au,
    page: z.number().int().min(1).max(10_000).default(1),
  })
  .meta({ id: "RechercherSollicitations" });

const pageSollicitationsSchema = z
  .object({ resultats: z.array(sollicitationLigneSchema), total: z.number().int(), page: z.number().int(), nombrePages: z.number().int() })
  .meta({ id: "PageSollicitations" });

const searchOf = (body: z.output<typeof rechercherSchema>) => ({
  numero: body.numeroSollicitation,
  statut: body.statut,
  categorie: body.categorie,
  facture: body.numeroFacture,
  du: body.dateDepotDebut,
  au: body.dateDepotFin,
  page: body.page,
});

const description = `Numéro, état, catégorie, numéro de la facture liée, période de dépôt ; ${SOLLICITATIONS_PAGE_SIZE} résultats par page, les plus récentes d'abord.`;

/** sollicitations/rechercher/emises: the sollicitations of the technical account's structures (Sollicitations émises). */
export const rechercherSollicitationsEmises = jsonOperation({
  operationId: "rechercherSollicitationsEmises",
  method: "POST",
  path: "/sollicitations/rechercher/emises",
  tag: "Sollicitations",
  summary: "Rechercher les sollicitations émises",
  description,
  scope: "lecture",
  body: rechercherSchema,
  response: pageSollicitationsSchema,
  run: async ({ caller, body }) => {
    const list = await listSollicitations({ userId: caller.userId, viewpoint: "EMISES", search: searchOf(body) });
    return { resultats: list.rows.map(toSollicitationLigne), total: list.total, page: list.page, nombrePages: list.pageCount };
  },
});

/** sollicitations/rechercher/recues: those addressed to the technical account's public structures (Sollicitations reçues). */
export const rechercherSollicitationsRecues = jsonOperation({
  operationId: "rechercherSollicitationsRecues",
  method: "POST",
  path: "/sollicitations/rechercher/recues",
  tag: "Sollicitations",
  summary: "Rechercher les sollicitations reçues",
  description,
  scope: "lecture",
  body: rechercherSchema,
  response: pageSollicitationsSchema,
  run: async ({ caller, body }) => {
    const list = await listSollicitations({ userId: caller.userId, viewpoint: "RECUES", search: searchOf(body) });
    return { resultats: list.rows.map(toSollicitationLigne), total: list.total, page: list.page, nombrePages: list.pageCount };
  },
});
