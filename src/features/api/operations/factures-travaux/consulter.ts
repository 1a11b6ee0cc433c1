import { getWorksDocument } from "@/features/invoices/works/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { factureTravauxDetailSchema, idFactureTravauxSchema, toFactureTravauxDetail } from "../../schemas/facture-travaux.ts";

/**
 * factures/travaux/consulter: a works document as its page shows it to the caller's side (getWorksDocument): parties,
 * cadre, the supplier's and the admitted amounts, the MOE's comment and deadline, the steps open to the caller, history.
 */
export const consulterFactureTravaux = jsonOperation({
  operationId: "consulterFactureTravaux",
  method: "POST",
  path: "/factures/travaux/consulter",
  tag: "Factures de travaux",
  summary: "Consulter une pièce de travaux",
  description:
    "Pour le fournisseur, la maîtrise d'œuvre ou la maîtrise d'ouvrage de la pièce : ses parties, son cadre, les montants du fournisseur et ceux admis par la maîtrise d'œuvre, le commentaire et le délai de celle-ci, les actions ouvertes au compte technique et l'historique. " +
    "Une pièce hors de son périmètre est introuvable (404).",
  scope: "lecture",
  body: idFactureTravauxSchema.meta({ id: "ConsulterFactureTravaux" }),
  response: factureTravauxDetailSchema,
  run: async ({ caller, body }) => toFactureTravauxDetail(await getWorksDocument({ userId: caller.userId, invoiceId: body.idFactureTravaux })),
});
