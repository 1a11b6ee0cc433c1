import { z } from "zod";
import { checkReceivedCriteria, listReceivedInvoicesByCursor, RECEIVED_CRITERIA_FIELDS, toReceivedFilters } from "@/features/invoices/received/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { pageSchema, paginationSchema } from "../../schemas/common.ts";
import { factureRecueResultatSchema, toFactureRecueResultat } from "../../schemas/facture-destinataire.ts";

/** The criteria of the « Factures reçues » search form (same fields, same checks), and the cursor. */
const rechercheRecipiendaireSchema = z.object({ ...RECEIVED_CRITERIA_FIELDS, ...paginationSchema.shape }).superRefine(checkReceivedCriteria).meta({ id: "RechercheFacturesRecipiendaire" });

/** factures/rechercher/recipiendaire: « Factures reçues » of the technical account, page by page (listReceivedInvoicesByCursor). */
export const rechercherFacturesRecipiendaire = jsonOperation({
  operationId: "rechercherFacturesRecipiendaire",
  method: "POST",
  path: "/factures/rechercher/recipiendaire",
  tag: "Factures",
  summary: "Rechercher les factures reçues",
  description:
    "Les factures mises à disposition des structures (et services) du compte technique, avec les critères de la page « Factures reçues » : numéro, fournisseur, statut, service, dates de dépôt, montants, tri. " +
    "Pagination par curseur : renvoyez `curseurSuivant` dans `curseur`.",
  scope: "lecture",
  body: rechercheRecipiendaireSchema,
  response: pageSchema(factureRecueResultatSchema).meta({ id: "PageFacturesRecues" }),
  run: async ({ caller, body: { curseur, nombreResultats, ...criteria } }) => {
    const page = await listReceivedInvoicesByCursor({ userId: caller.userId, filters: toReceivedFilters(criteria), cursor: curseur, pageSize: nombreResultats });
    return { resultats: page.invoices.map(toFactureRecueResultat), curseurSuivant: page.nextCursor };
  },
});
