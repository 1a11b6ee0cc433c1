import { z } from "zod";
import { submitWorksDocument, WORKS_FILE_MAX_BYTES, worksDocumentSchema } from "@/features/invoices/works/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { montant, statutOf, statutSchema } from "../../schemas/common.ts";
import { base64Schema, decodeBase64 } from "../../schemas/facture-fournisseur.ts";

const MB = 1024 * 1024;
const base64Chars = (bytes: number) => 4 * Math.ceil(bytes / 3);
/** The file in base64 (20 Mo decoded, as « Déposer facture ») and the document's other fields. */
export const SOUMETTRE_TRAVAUX_MAX_BODY_BYTES = base64Chars(WORKS_FILE_MAX_BYTES) + MB;

/** The form's fields, and the file of the real portal's dépôt: the document itself (PDF or Factur-X), in base64. */
const pieceTravauxSchema = z.intersection(
  worksDocumentSchema,
  z
    .object({
      fichier: base64Schema("Le fichier du document")
        .max(base64Chars(WORKS_FILE_MAX_BYTES), "Le fichier dépasse 20 Mo : un document déposé fait au plus 20 Mo.")
        .optional()
        .meta({ description: "Le document déposé (PDF, ou Factur-X / UBL / CII conforme à la norme EN 16931 dont le type BT-3 et les montants sont ceux de la pièce), en base64. Sans lui, la plateforme produit le Factur-X." }),
      nomFichier: z.string().trim().min(1).max(255, "Le nom du fichier comporte au plus 255 caractères.").optional(),
    })
    .refine((body) => !body.fichier || body.nomFichier, { path: ["nomFichier"], message: "Le nom du fichier est obligatoire avec le fichier." }),
);

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
    "Avec fichier (base64, 20 Mo au plus) et nomFichier, la pièce est déposée avec son document : un PDF est conservé tel quel comme document de la pièce ; un Factur-X, UBL ou CII doit être conforme à la norme EN 16931, porter le type 875, 876 ou 877 du cadre et les mêmes montants net HT et TTC que ceux calculés des champs saisis. " +
    "Avec un en-tête Idempotency-Key, un rejeu renvoie la première réponse : une clé ne crée qu'une pièce.",
  scope: "ecriture",
  idempotent: true,
  successStatus: 201,
  maxBodyBytes: SOUMETTRE_TRAVAUX_MAX_BODY_BYTES,
  fieldPaths: { file: "fichier" },
  body: pieceTravauxSchema,
  response: factureTravauxSoumiseSchema,
  run: async ({ caller, body }) => {
    const { fichier, nomFichier, ...input } = body;
    const file = fichier ? { name: nomFichier ?? "document", bytes: decodeBase64(fichier) } : null;
    const submitted = await submitWorksDocument({ userId: caller.userId, input, file });
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
