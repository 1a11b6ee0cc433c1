import { z } from "zod";
import { toTransitionCommand } from "@/features/invoices/lifecycle/index.ts";
import { refuseInvoice, validateInvoice, VALIDATOR_ACTIONS } from "@/features/invoices/validation/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { statutOf } from "../../schemas/common.ts";
import { changementStatutSchema, checkMotifFields, idFactureSchema, motifFields } from "../../schemas/facture-destinataire.ts";

const decisionSchema = z
  .object({ idFacture: idFactureSchema, action: z.enum(VALIDATOR_ACTIONS, "Choisissez « VALIDER » ou « REFUSER »."), ...motifFields })
  .superRefine(checkMotifFields)
  .meta({ id: "DecisionFactureAValider" });

/** factures/traiter/factureAValider: the holder's decision (validateInvoice / refuseInvoice), as the page's dialog takes it. */
export const traiterFactureAValider = jsonOperation({
  operationId: "traiterFactureAValider",
  method: "POST",
  path: "/factures/traiter/factureAValider",
  tag: "Factures",
  summary: "Valider ou refuser une facture à valider",
  description: "VALIDER (un commentaire facultatif) : la facture part vers son destinataire ; REFUSER (motif obligatoire) : définitif. Un compte en consultation seule est refusé (403).",
  scope: "ecriture",
  fieldPaths: { comment: "commentaire", invoiceId: "idFacture" },
  body: decisionSchema,
  response: changementStatutSchema,
  run: async ({ caller, body: { idFacture, commentaire, ...rest } }) => {
    const { action, input } = toTransitionCommand({ ...rest, comment: commentaire });
    const decided =
      action === "VALIDER"
        ? await validateInvoice({ userId: caller.userId, invoiceId: idFacture, input: { comment: input.comment } })
        : await refuseInvoice({ userId: caller.userId, invoiceId: idFacture, input });
    return { idFacture: decided.invoiceId, statut: statutOf(decided.status) };
  },
});
