import { completeWorksDocument, worksCommentSchema } from "@/features/invoices/works/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { factureTravauxChangeeSchema, idFactureTravauxSchema, toFactureTravauxChangee } from "../../schemas/facture-travaux.ts";

const completerSchema = idFactureTravauxSchema.extend({ commentaire: worksCommentSchema.shape.comment }).meta({ id: "CompleterFactureTravaux" });

/**
 * factures/travaux/completer: the supplier answers the MOE's request for a complement (À compléter → back to the MOE,
 * with a new deadline) or the MOA's suspension (SUSPENDUE → COMPLETEE): completeWorksDocument, as « Compléter ».
 */
export const completerFactureTravaux = jsonOperation({
  operationId: "completerFactureTravaux",
  method: "POST",
  path: "/factures/travaux/completer",
  tag: "Factures de travaux",
  summary: "Compléter une pièce de travaux",
  description:
    "Une pièce À compléter (demande de la maîtrise d'œuvre) revient à la maîtrise d'œuvre (MISE_A_DISPOSITION_MOE) avec un nouveau délai de 7 jours ; une pièce suspendue par la maîtrise d'ouvrage passe à COMPLETEE. " +
    "Une pièce dans un autre statut est un conflit (409).",
  scope: "ecriture",
  fieldPaths: { comment: "commentaire", invoiceId: "idFactureTravaux" },
  body: completerSchema,
  response: factureTravauxChangeeSchema,
  run: async ({ caller, body }) =>
    toFactureTravauxChangee(await completeWorksDocument({ userId: caller.userId, invoiceId: body.idFactureTravaux, input: { comment: body.commentaire } })),
});
