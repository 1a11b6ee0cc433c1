import { z } from "zod";
import { getReceivedInvoice, recipientActionsFor } from "@/features/invoices/received/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { factureDetailSchema, toFactureDetail } from "../../schemas/facture-fournisseur.ts";
import { actionDisponibleOf, actionDisponibleSchema, idFactureSchema } from "../../schemas/facture-destinataire.ts";

const factureRecueDetailSchema = factureDetailSchema
  .extend({
    modifiable: z.boolean().meta({ description: "Le compte technique peut traiter la facture (Factures reçues en modification)." }),
    actionsDisponibles: z.array(actionDisponibleSchema).meta({ description: "Les actions de factures/traiter/recue que l'état de la facture permet à ce compte ; aucune en consultation seule." }),
  })
  .meta({ id: "FactureRecueDetail" });

/** factures/consulter/recipiendaire: a received invoice's page (getReceivedInvoice), with the actions open to the caller. */
export const consulterFactureRecipiendaire = jsonOperation({
  operationId: "consulterFactureRecipiendaire",
  method: "POST",
  path: "/factures/consulter/recipiendaire",
  tag: "Factures",
  summary: "Consulter une facture reçue",
  description: "Tout ce que montre la page de la facture reçue (parties, lignes, montants, fichiers, historique) et les actions possibles. Une facture hors du périmètre du compte est introuvable (404).",
  scope: "lecture",
  body: z.object({ idFacture: idFactureSchema }).meta({ id: "ConsultationFacture" }),
  response: factureRecueDetailSchema,
  run: async ({ caller, body }) => {
    const invoice = await getReceivedInvoice({ userId: caller.userId, invoiceId: body.idFacture });
    return {
      ...toFactureDetail(invoice),
      modifiable: invoice.mayModify,
      actionsDisponibles: invoice.mayModify ? recipientActionsFor(invoice.status).map(actionDisponibleOf) : [],
    };
  },
});
