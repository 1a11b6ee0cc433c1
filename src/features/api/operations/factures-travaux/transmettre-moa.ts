import { moeDecisionSchema, passWorksDocumentToMoa } from "@/features/invoices/works/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { factureTravauxChangeeSchema, idFactureTravauxSchema, toFactureTravauxChangee } from "../../schemas/facture-travaux.ts";

const { worksToDate, retention, advanceRepayment, comment } = moeDecisionSchema.shape;

/** « Corriger et transmettre »'s fields (the MOE's form: the amounts it admits, its comment), named as the API names them. */
const transmettreSchema = idFactureTravauxSchema
  .extend({
    montantTravauxExecutes: worksToDate.meta({ description: "Le montant cumulé des travaux exécutés à date que la maîtrise d'œuvre admet (HT) ; absent : celui du fournisseur." }),
    retenueGarantie: retention.meta({ description: "La retenue de garantie admise (HT) ; absente : celle du fournisseur." }),
    remboursementAvance: advanceRepayment.meta({ description: "Le remboursement de l'avance admis (HT) ; absent : celui du fournisseur." }),
    commentaire: comment.meta({ description: "Obligatoire quand un montant diffère de celui du fournisseur." }),
  })
  .meta({ id: "TransmettreFactureTravauxALaMoa" });

/**
 * factures/travaux/transmettre/moa: the MOE passes a works document waiting for it to the MOA as an état d'acompte,
 * with the amounts it admits (passWorksDocumentToMoa, as « Corriger et transmettre »).
 */
export const transmettreFactureTravauxALaMoa = jsonOperation({
  operationId: "transmettreFactureTravauxALaMoa",
  method: "POST",
  path: "/factures/travaux/transmettre/moa",
  tag: "Factures de travaux",
  summary: "Corriger et transmettre une pièce de travaux à la maîtrise d'ouvrage (maîtrise d'œuvre)",
  description:
    "La maîtrise d'œuvre transmet une pièce mise à sa disposition (MISE_A_DISPOSITION_MOE) à la maîtrise d'ouvrage (TRANSMISE_MOA, puis acheminée et mise à disposition dans ses Factures reçues), avec les montants qu'elle admet : " +
    "la pièce est alors payée sur ces montants et la suivante du marché les reporte. Un montant corrigé demande un commentaire. " +
    "Un compte en consultation seule est refusé (403) ; une pièce dans un autre statut est un conflit (409).",
  scope: "ecriture",
  fieldPaths: { comment: "commentaire", worksToDate: "montantTravauxExecutes", retention: "retenueGarantie", advanceRepayment: "remboursementAvance", invoiceId: "idFactureTravaux" },
  body: transmettreSchema,
  response: factureTravauxChangeeSchema,
  run: async ({ caller, body: { idFactureTravaux, montantTravauxExecutes, retenueGarantie, remboursementAvance, commentaire } }) =>
    toFactureTravauxChangee(
      await passWorksDocumentToMoa({
        userId: caller.userId,
        invoiceId: idFactureTravaux,
        input: { worksToDate: montantTravauxExecutes, retention: retenueGarantie, advanceRepayment: remboursementAvance, comment: commentaire },
      }),
    ),
});
