import { askWorksDocumentCompletion } from "@/features/invoices/works/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { factureTravauxChangeeSchema, toFactureTravauxChangee } from "../../schemas/facture-travaux.ts";
import { motifTravauxSchema } from "./refuser.ts";

/**
 * factures/travaux/suspendre/demander/completer/factureTravaux (the real API's path): the MOE asks the supplier to
 * complete a works document waiting for it (askWorksDocumentCompletion, as « Demander un complément »).
 */
export const suspendreOuDemanderCompleterFactureTravaux = jsonOperation({
  operationId: "suspendreOuDemanderCompleterFactureTravaux",
  method: "POST",
  path: "/factures/travaux/suspendre/demander/completer/factureTravaux",
  tag: "Factures de travaux",
  summary: "Demander de compléter une pièce de travaux (maîtrise d'œuvre)",
  description:
    "La maîtrise d'œuvre demande au fournisseur de compléter une pièce mise à sa disposition (MISE_A_DISPOSITION_MOE), avec un motif : elle passe À compléter (A_COMPLETER) jusqu'à ce que le fournisseur la complète (factures/travaux/completer). " +
    "Un compte en consultation seule est refusé (403) ; une pièce dans un autre statut est un conflit (409).",
  scope: "ecriture",
  fieldPaths: { comment: "commentaire", invoiceId: "idFactureTravaux" },
  body: motifTravauxSchema.meta({ id: "DemanderCompleterFactureTravaux" }),
  response: factureTravauxChangeeSchema,
  run: async ({ caller, body: { idFactureTravaux, motif, commentaire } }) =>
    toFactureTravauxChangee(await askWorksDocumentCompletion({ userId: caller.userId, invoiceId: idFactureTravaux, input: { motif, comment: commentaire } })),
});
