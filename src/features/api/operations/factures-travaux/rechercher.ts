import { z } from "zod";
import { listWorksDocuments, worksListSchema } from "@/features/invoices/works/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { factureTravauxLigneSchema, toFactureTravauxLigne } from "../../schemas/facture-travaux.ts";

const { side, status, marketNumber, page } = worksListSchema.shape;

/** The criteria of the works lists (the pages' one schema, each field under the real API's name). */
const rechercherSchema = z
  .object({
    roleUtilisateur: side.meta({ description: "FOURNISSEUR : les pièces des structures fournisseurs du compte technique (Factures de travaux) ; MOE : celles qu'elles contrôlent en maîtrise d'œuvre ; MOA : celles qu'elles reçoivent en maîtrise d'ouvrage (Factures de travaux reçues)." }),
    statut: status,
    numeroMarche: marketNumber,
    pageResultatDemandee: page,
  })
  .meta({ id: "RechercherFacturesTravaux" });

const pageFacturesTravauxSchema = z
  .object({
    resultats: z.array(factureTravauxLigneSchema),
    total: z.number().int(),
    pageCourante: z.number().int(),
    nbResultatsParPage: z.number().int(),
  })
  .meta({ id: "PageFacturesTravaux" });

/**
 * factures/travaux/rechercher: the works documents of the technical account's structures on one side (supplier, MOE,
 * MOA), newest first, page by page, with the criteria of the works lists (listWorksDocuments: the pages' query).
 */
export const rechercherFacturesTravaux = jsonOperation({
  operationId: "rechercherFacturesTravaux",
  method: "POST",
  path: "/factures/travaux/rechercher",
  tag: "Factures de travaux",
  summary: "Rechercher des pièces de travaux",
  description:
    "Selon le rôle : les pièces soumises (FOURNISSEUR), à contrôler (MOE) ou reçues (MOA) par les structures du compte technique ; filtres statut et numéro de marché. " +
    "Pages numérotées comme l'API réelle (pageResultatDemandee, à partir de 1) ; total donne le nombre de pièces.",
  scope: "lecture",
  fieldPaths: { side: "roleUtilisateur", status: "statut", marketNumber: "numeroMarche", page: "pageResultatDemandee" },
  body: rechercherSchema,
  response: pageFacturesTravauxSchema,
  run: async ({ caller, body }) => {
    const list = await listWorksDocuments({
      userId: caller.userId,
      filters: { side: body.roleUtilisateur, status: body.statut, marketNumber: body.numeroMarche, page: body.pageResultatDemandee },
    });
    return { resultats: list.rows.map(toFactureTravauxLigne), total: list.total, pageCourante: list.page, nbResultatsParPage: list.pageSize };
  },
});
