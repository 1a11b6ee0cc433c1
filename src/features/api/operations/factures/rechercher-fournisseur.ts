import { z } from "zod";
import { searchCriteriaSchema, searchSupplierInvoicesByCursor } from "@/features/invoices/tracking/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { pageSchema, paginationSchema } from "../../schemas/common.ts";
import { factureLigneRechercheSchema, toFactureLigneRecherche } from "../../schemas/facture-fournisseur.ts";

// The criteria of « Rechercher » (its one schema's fields; the use case checks them again with the schema's own
// cross-field rules), its page number aside: the API pages by cursor.
const { page: _page, ...criteriaFields } = searchCriteriaSchema.shape;

const rechercherFournisseurSchema = z.object({ ...criteriaFields, ...paginationSchema.shape }).meta({ id: "RechercherFacturesFournisseur" });

/**
 * factures/rechercher/fournisseur: the invoices of the technical account's supplier structures matching the criteria
 * of « Rechercher » (Factures émises), sorted, by cursor pages (searchSupplierInvoicesByCursor: the same query).
 */
export const rechercherFacturesFournisseur = jsonOperation({
  operationId: "rechercherFacturesFournisseur",
  method: "POST",
  path: "/factures/rechercher/fournisseur",
  tag: "Factures",
  summary: "Rechercher les factures émises",
  description:
    "Les critères de « Rechercher » : numéro (début), dates de dépôt, destinataire (nom ou identifiant), état, cadre, mode de validation, montant TTC, structure ; tri et ordre. " +
    "Pages par curseur : renvoyez `curseurSuivant` dans `curseur`.",
  scope: "lecture",
  body: rechercherFournisseurSchema,
  response: pageSchema(factureLigneRechercheSchema).meta({ id: "PageFacturesFournisseur" }),
  run: async ({ caller, body }) => {
    const { curseur, nombreResultats, ...criteria } = body;
    const page = await searchSupplierInvoicesByCursor({ userId: caller.userId, criteria, cursor: curseur, pageSize: nombreResultats });
    return { resultats: page.invoices.map(toFactureLigneRecherche), curseurSuivant: page.nextCursor };
  },
});
