import { z } from "zod";
import { getInvoice } from "@/features/invoices/entry/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { factureDetailSchema, toFactureDetail } from "../../schemas/facture-fournisseur.ts";

/** An invoice named by its id: any text, a foreign or unknown one being "not found" as in the pages. */
export const idFactureSchema = z.object({ idFacture: z.string("L'identifiant de la facture est obligatoire.").max(100) });

/**
 * factures/consulter/fournisseur: an invoice of the supplier's structures as its page shows it (getInvoice): parties,
 * lines, amounts, files, and its history (each status with its date, motif and comment).
 */
export const consulterFactureFournisseur = jsonOperation({
  operationId: "consulterFactureFournisseur",
  method: "POST",
  path: "/factures/consulter/fournisseur",
  tag: "Factures",
  summary: "Consulter une facture émise",
  description: "Le détail d'une facture d'une structure du compte technique, avec son historique. Une facture hors de son périmètre est introuvable (404).",
  scope: "lecture",
  body: idFactureSchema.meta({ id: "ConsulterFactureFournisseur" }),
  response: factureDetailSchema,
  run: async ({ caller, body }) => toFactureDetail(await getInvoice({ userId: caller.userId, invoiceId: body.idFacture })),
});
