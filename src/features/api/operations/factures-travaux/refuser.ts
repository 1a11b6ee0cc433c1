import { refuseWorksDocument, worksMotifSchema } from "@/features/invoices/works/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { factureTravauxChangeeSchema, idFactureTravauxSchema, toFactureTravauxChangee } from "../../schemas/facture-travaux.ts";

/** The motif and comment of « Refuser » / « Demander un complément » (the MOE's dialog), and the document. */
export const motifTravauxSchema = idFactureTravauxSchema.extend({ motif: worksMotifSchema.shape.motif, commentaire: worksMotifSchema.shape.comment });

/** factures/travaux/refuser: the MOE refuses a works document waiting for it, with a motif; the circuit stops (refuseWorksDocument). */
export const refuserFactureTravaux = jsonOperation({
  operationId: "refuserFactureTravaux",
  method: "POST",
  path: "/factures/travaux/refuser",
  tag: "Factures de travaux",
  summary: "Refuser une pièce de travaux (maîtrise d'œuvre)",
  description:
    "La maîtrise d'œuvre refuse une pièce mise à sa disposition (MISE_A_DISPOSITION_MOE), avec un motif : elle passe à REFUSEE_MOE et le circuit s'arrête. " +
    "Un écart de montant n'est pas un motif de refus : corrigez les montants et transmettez la pièce (factures/travaux/transmettre/moa). " +
    "Un compte en consultation seule est refusé (403) ; une pièce dans un autre statut est un conflit (409).",
  scope: "ecriture",
  fieldPaths: { comment: "commentaire", invoiceId: "idFactureTravaux" },
  body: motifTravauxSchema.meta({ id: "RefuserFactureTravaux" }),
  response: factureTravauxChangeeSchema,
  run: async ({ caller, body: { idFactureTravaux, motif, commentaire } }) =>
    toFactureTravauxChangee(await refuseWorksDocument({ userId: caller.userId, invoiceId: idFactureTravaux, input: { motif, comment: commentaire } })),
});
