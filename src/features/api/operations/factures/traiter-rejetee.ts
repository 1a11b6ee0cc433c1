import { z } from "zod";
import { acknowledgeRejection } from "@/features/invoices/tracking/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { isoDateTime, statutOf, statutSchema } from "../../schemas/common.ts";
import { idFactureSchema } from "./consulter-fournisseur.ts";

const traiterRejeteeSchema = idFactureSchema.meta({ id: "TraiterFactureRejetee" });

const rejetTraiteSchema = z.object({ idFacture: z.guid(), statut: statutSchema, dateTraitement: isoDateTime }).meta({ id: "RejetTraite" });

/**
 * factures/traiter/factureRejetee: the supplier acknowledges a rejected invoice (« Traiter le rejet »:
 * acknowledgeRejection), the real API's service « traiter facture rejetée ». The invoice stays REJETEE and leaves the
 * to-do lists. Only a REJETEE invoice, once: CONFLICT otherwise.
 */
export const traiterFactureRejetee = jsonOperation({
  operationId: "traiterFactureRejetee",
  method: "POST",
  path: "/factures/traiter/factureRejetee",
  tag: "Factures",
  summary: "Traiter une facture rejetée",
  description:
    "Le fournisseur prend acte du rejet de sa facture (« Traiter le rejet ») : elle reste à l'état REJETEE, ne figure plus parmi les factures à traiter et reste trouvée par factures/rechercher/fournisseur. Une seule fois par facture.",
  scope: "ecriture",
  body: traiterRejeteeSchema,
  response: rejetTraiteSchema,
  run: async ({ caller, body }) => {
    const handled = await acknowledgeRejection({ userId: caller.userId, invoiceId: body.idFacture });
    return { idFacture: handled.invoiceId, statut: statutOf(handled.status), dateTraitement: handled.handledAt.toISOString() };
  },
});
