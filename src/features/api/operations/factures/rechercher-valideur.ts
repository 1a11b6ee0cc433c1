import { z } from "zod";
import { listInvoicesToValidateByCursor, VALIDATION_STATES } from "@/features/invoices/validation/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { pageSchema, paginationSchema } from "../../schemas/common.ts";
import { factureAValiderResultatSchema, toFactureAValiderResultat } from "../../schemas/facture-destinataire.ts";

const rechercheValideurSchema = z
  .object({
    etat: z.enum(VALIDATION_STATES, "Choisissez un état de la liste.").optional().meta({ description: "Le filtre de la page « Factures à valider » ; toutes sans lui." }),
    ...paginationSchema.shape,
  })
  .meta({ id: "RechercheFacturesValideur" });

/** factures/rechercher/valideur: « Factures à valider » of the technical account's structures, page by page. */
export const rechercherFacturesValideur = jsonOperation({
  operationId: "rechercherFacturesValideur",
  method: "POST",
  path: "/factures/rechercher/valideur",
  tag: "Factures",
  summary: "Rechercher les factures à valider",
  description: "Les factures A9 / A12 soumises aux structures du compte technique comme titulaire ou mandataire du marché : à valider (la date limite la plus proche d'abord), validées ou refusées. Pagination par curseur.",
  scope: "lecture",
  body: rechercheValideurSchema,
  response: pageSchema(factureAValiderResultatSchema).meta({ id: "PageFacturesAValider" }),
  run: async ({ caller, body }) => {
    const page = await listInvoicesToValidateByCursor({ userId: caller.userId, etat: body.etat, cursor: body.curseur, pageSize: body.nombreResultats });
    return { resultats: page.invoices.map(toFactureAValiderResultat), curseurSuivant: page.nextCursor };
  },
});
