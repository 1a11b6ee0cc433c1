import { recycleWorksDocument, worksCommentSchema } from "@/features/invoices/works/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { factureTravauxChangeeSchema, idFactureTravauxSchema, toFactureTravauxChangee } from "../../schemas/facture-travaux.ts";

const recyclerSchema = idFactureTravauxSchema.extend({ commentaire: worksCommentSchema.shape.comment }).meta({ id: "RecyclerFactureTravaux" });

/** factures/travaux/recycler: a works document the MOA sent back À recycler is deposited again (recycleWorksDocument, as « Recycler »). */
export const recyclerFactureTravaux = jsonOperation({
  operationId: "recyclerFactureTravaux",
  method: "POST",
  path: "/factures/travaux/recycler",
  tag: "Factures de travaux",
  summary: "Recycler une pièce de travaux",
  description: "Une pièce À recycler (A_RECYCLER) est déposée de nouveau (DEPOSEE) pour la maîtrise d'ouvrage. Une pièce dans un autre statut est un conflit (409).",
  scope: "ecriture",
  fieldPaths: { comment: "commentaire", invoiceId: "idFactureTravaux" },
  body: recyclerSchema,
  response: factureTravauxChangeeSchema,
  run: async ({ caller, body }) =>
    toFactureTravauxChangee(await recycleWorksDocument({ userId: caller.userId, invoiceId: body.idFactureTravaux, input: { comment: body.commentaire } })),
});
