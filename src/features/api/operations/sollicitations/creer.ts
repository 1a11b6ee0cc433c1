import { z } from "zod";
import { createSollicitation, createSollicitationSchema, SOLLICITATION_MAX_FILES } from "@/features/sollicitations/index.ts";
import { jsonOperation, parseWithFormSchema } from "@/server/api/operation.ts";
import { base64Schema, decodeBase64 } from "../../schemas/facture-fournisseur.ts";
import { statutSollicitationOf, statutSollicitationSchema } from "../../schemas/sollicitation.ts";

const MB = 1024 * 1024;
const base64Chars = (bytes: number) => 4 * Math.ceil(bytes / 3);
export const SOLLICITATION_MAX_BODY_BYTES = base64Chars(20 * MB) + MB;

export const pieceJointeSollicitationSchema = z.object({
  nomFichier: z.string("Le nom du fichier est obligatoire.").trim().min(1, "Le nom du fichier est obligatoire.").max(255, "Le nom du fichier comporte au plus 255 caractères."),
  contenu: base64Schema("Le contenu de la pièce jointe").max(base64Chars(10 * MB), "Une pièce jointe fait au plus 10 Mo."),
});
export const piecesJointesSchema = z.array(pieceJointeSollicitationSchema).max(SOLLICITATION_MAX_FILES, `Joignez au plus ${SOLLICITATION_MAX_FILES} fichiers.`).default([]);
export const filesOf = (pieces: z.output<typeof piecesJointesSchema>) => pieces.map((piece) => ({ name: piece.nomFichier, content: decodeBase64(piece.contenu) }));

// The form's one schema, its fields named as the API names things (the use case parses nothing again: same rules).
const form = createSollicitationSchema.shape;
const creerSchema = z
  .object({
    idStructure: form.authorStructureId,
    categorie: form.category,
    sousCategorie: form.subCategory,
    objet: form.subject,
    message: form.message,
    idStructureDestinataire: form.addresseeStructureId,
    idServiceDestinataire: form.addresseeServiceId,
    idFacture: form.invoiceId,
    piecesJointes: piecesJointesSchema,
  })
  .meta({ id: "CreerSollicitation" });

const sollicitationCreeeSchema = z.object({ idSollicitation: z.guid(), numeroSollicitation: z.string(), statut: statutSollicitationSchema }).meta({ id: "SollicitationCreee" });

/**
 * sollicitations/creer: « Saisir sollicitation » for a structure of the technical account (Sollicitations émises in
 * modification): the catégorie and sous-catégorie of the portal's list decide whether it goes to the support or to a
 * public structure (then idStructureDestinataire, and optionally its service); optionally about one of its invoices.
 */
export const creerSollicitation = jsonOperation({
  operationId: "creerSollicitation",
  method: "POST",
  path: "/sollicitations/creer",
  tag: "Sollicitations",
  summary: "Créer une sollicitation",
  description: `Catégorie, sous-catégorie, objet, message, destinataire, facture liée, et jusqu'à ${SOLLICITATION_MAX_FILES} pièces jointes en base64 (10 Mo chacune, 20 Mo en tout). La sollicitation est DEPOSEE.`,
  scope: "ecriture",
  maxBodyBytes: SOLLICITATION_MAX_BODY_BYTES,
  fieldPaths: {
    authorStructureId: "idStructure",
    category: "categorie",
    subCategory: "sousCategorie",
    subject: "objet",
    addresseeStructureId: "idStructureDestinataire",
    addresseeServiceId: "idServiceDestinataire",
    invoiceId: "idFacture",
    fichiers: "piecesJointes",
  },
  body: creerSchema,
  response: sollicitationCreeeSchema,
  run: async ({ caller, body }) => {
    // Its cross-field rules (a public structure for a question about an invoice, a sous-catégorie of the catégorie).
    const input = parseWithFormSchema(createSollicitationSchema, {
      authorStructureId: body.idStructure,
      category: body.categorie,
      subCategory: body.sousCategorie,
      subject: body.objet,
      message: body.message,
      addresseeStructureId: body.idStructureDestinataire,
      addresseeServiceId: body.idServiceDestinataire,
      invoiceId: body.idFacture,
    });
    const created = await createSollicitation({ userId: caller.userId, input, files: filesOf(body.piecesJointes) });
    return { idSollicitation: created.id, numeroSollicitation: created.number, statut: statutSollicitationOf("DEPOSEE") };
  },
});
