import { recycleInvoice, recyclingSchema } from "@/features/invoices/tracking/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { statutOf } from "../../schemas/common.ts";
import { factureChangeeSchema } from "./completer.ts";
import { idFactureSchema } from "./consulter-fournisseur.ts";

/** « Recycler »'s own schema (the new recipient, service and engagement, with its rules), and the invoice. */
const recyclerSchema = recyclingSchema.extend(idFactureSchema.shape).meta({ id: "RecyclerFacture" });

/**
 * factures/recycler: an À recycler invoice sent to a new recipient (« Recycler »: recycleInvoice, checked against the
 * directory as when it was sent); it goes back to DEPOSEE. Only an A_RECYCLER invoice: CONFLICT otherwise.
 */
export const recyclerFacture = jsonOperation({
  operationId: "recyclerFacture",
  method: "POST",
  path: "/factures/recycler",
  tag: "Factures",
  summary: "Recycler une facture",
  description: "Le nouveau destinataire (recipientStructureId, ou recipientIsState pour l'État), son service et le numéro d'engagement, mêmes champs et règles que le formulaire « Recycler ».",
  scope: "ecriture",
  body: recyclerSchema,
  response: factureChangeeSchema,
  run: async ({ caller, body }) => {
    const { idFacture, ...input } = body;
    const recycled = await recycleInvoice({ userId: caller.userId, invoiceId: idFacture, input });
    return { idFacture: recycled.invoiceId, statut: statutOf(recycled.status) };
  },
});
