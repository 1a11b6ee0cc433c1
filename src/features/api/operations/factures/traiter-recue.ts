import { z } from "zod";
import { changeInvoiceStatus, toTransitionCommand } from "@/features/invoices/lifecycle/index.ts";
import { RECIPIENT_ACTIONS } from "@/features/invoices/received/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { statutOf } from "../../schemas/common.ts";
import { changementStatutSchema, checkMotifFields, idFactureSchema, motifFields } from "../../schemas/facture-destinataire.ts";

const traitementSchema = z
  .object({ idFacture: idFactureSchema, action: z.enum(RECIPIENT_ACTIONS, "Choisissez une action."), ...motifFields })
  .superRefine(checkMotifFields)
  .meta({ id: "TraitementFactureRecue" });

/** factures/traiter/recue: an action of « Factures reçues » (Suspendre, Rejeter, Service fait…), as the page's dialog takes it. */
export const traiterFactureRecue = jsonOperation({
  operationId: "traiterFactureRecue",
  method: "POST",
  path: "/factures/traiter/recue",
  tag: "Factures",
  summary: "Traiter une facture reçue",
  description:
    "Une action du destinataire, avec le motif qu'elle demande : REJETER (un des motifs de transverses/motifs-refus), SUSPENDRE et A_RECYCLER (un texte), les autres sans motif. " +
    "Un compte en consultation seule est refusé (403) ; une action que l'état ne permet pas est un conflit (409).",
  scope: "ecriture",
  fieldPaths: { comment: "commentaire", invoiceId: "idFacture" },
  body: traitementSchema,
  response: changementStatutSchema,
  run: async ({ caller, body: { idFacture, commentaire, ...rest } }) => {
    const { action, input } = toTransitionCommand({ ...rest, comment: commentaire });
    const moved = await changeInvoiceStatus({ userId: caller.userId, invoiceId: idFacture, action, ...input });
    return { idFacture: moved.invoiceId, statut: statutOf(moved.status) };
  },
});
