import { z } from "zod";
import { submitWorksDocument, worksDocumentSchema } from "@/features/invoices/works/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { montant, statutOf, statutSchema } from "../../schemas/common.ts";

const factureTravauxSoumiseSchema = z
  .object({
    idFactureTravaux: z.guid(),
    numeroFactureTravaux: z.string(),
    statut: statutSchema,
    numeroSituation: z.number().int().meta({ description: "Le rang de la pièce dans la suite des décomptes du marché (1 pour la première)." }),
    cumulDecomptesPrecedents: montant.meta({ description: "HT, reporté par la plateforme : les travaux admis à date de la pièce précédente du marché." }),
    montantNetHT: montant,
    montantTTC: montant,
  })
  .meta({ id: "FactureTravauxSoumise" });

/**
 * factures/travaux/soumettre: a works document in JSON, with the very schema of the « Factures de travaux » form,
 * submitted as the page submits it (submitWorksDocument: same rules, Factur-X, chain of statements, history).
 */
export const soumettreFactureTravaux = jsonOperation({
  operationId: "soumettreFactureTravaux",
  method: "POST",
  path: "/factures/travaux/soumettre",
  tag: "Factures de travaux",
  summary: "Soumettre une pièce de travaux",
  description:
    "Le corps est celui du formulaire « Factures de travaux » (mêmes champs, mêmes règles) : cadre (A4 à A14), maîtrise d'œuvre (cadres qui passent par elle), maîtrise d'ouvrage et son service, titulaire (sous-traitant, cotraitant), numéro de marché, montant cumulé des travaux exécutés à date, retenue de garantie, remboursement de l'avance, taux de TVA. " +
    "Le cumul des décomptes précédents n'est pas saisi : la plateforme le reporte de la pièce précédente du marché. " +
    "Un projet de décompte (A4, A7, A10, A11, A13, A14) est mis à disposition de la maîtrise d'œuvre (MISE_A_DISPOSITION_MOE), qui a 7 jours ; les autres pièces sont déposées pour la maîtrise d'ouvrage (DEPOSEE). " +
    "Avec un en-tête Idempotency-Key, un rejeu renvoie la première réponse : une clé ne crée qu'une pièce.",
  scope: "ecriture",
  idempotent: true,
  successStatus: 201,
  body: worksDocumentSchema,
  response: factureTravauxSoumiseSchema,
  run: async ({ caller, body }) => {
    const submitted = await submitWorksDocument({ userId: caller.userId, input: body });
    return {
      idFactureTravaux: submitted.invoiceId,
      numeroFactureTravaux: submitted.number,
      statut: statutOf(submitted.status),
      numeroSituation: submitted.statementNumber,
      cumulDecomptesPrecedents: submitted.previousStatements,
      montantNetHT: submitted.net,
      montantTTC: submitted.gross,
    };
  },
});
