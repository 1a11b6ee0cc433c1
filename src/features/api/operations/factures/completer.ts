import { z } from "zod";
import { ATTACHMENT_TYPES } from "@/features/invoices/common/index.ts";
import { COMPLETION_MAX_FILES, completeInvoice, completionSchema } from "@/features/invoices/tracking/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { statutOf, statutSchema } from "../../schemas/common.ts";
import { base64Schema, decodeBase64 } from "../../schemas/facture-fournisseur.ts";
import { idFactureSchema } from "./consulter-fournisseur.ts";

const MB = 1024 * 1024;
/** A file of a completion: 10 MB at most once decoded, 20 MB in all (completeInvoice checks both). */
const base64Chars = (bytes: number) => 4 * Math.ceil(bytes / 3);
export const COMPLETER_MAX_BODY_BYTES = base64Chars(20 * MB) + MB;

const pieceJointeSchema = z.object({
  nomFichier: z.string("Le nom du fichier est obligatoire.").trim().min(1, "Le nom du fichier est obligatoire.").max(255, "Le nom du fichier comporte au plus 255 caractères."),
  typePieceJointe: z.enum(ATTACHMENT_TYPES, "Choisissez le type de la pièce jointe.").default("Pièce jointe complémentaire"),
  designation: z.string().trim().max(100, "La désignation comporte au plus 100 caractères.").optional().meta({ description: "Par défaut, le nom du fichier sans son extension." }),
  contenu: base64Schema("Le contenu de la pièce jointe").max(base64Chars(10 * MB), "Une pièce jointe fait au plus 10 Mo."),
});

const completerSchema = idFactureSchema
  .extend({
    commentaire: completionSchema.shape.comment,
    piecesJointes: z.array(pieceJointeSchema).max(COMPLETION_MAX_FILES, `Joignez au plus ${COMPLETION_MAX_FILES} fichiers.`).default([]),
  })
  .meta({ id: "CompleterFacture" });

const factureChangeeSchema = z.object({ idFacture: z.guid(), statut: statutSchema }).meta({ id: "FactureChangee" });

/**
 * factures/completer: the supplier answers a suspension (« Compléter »: completeInvoice), with a comment and files;
 * the invoice goes back to its recipient (COMPLETEE). Only a SUSPENDUE invoice: CONFLICT otherwise.
 */
export const completerFacture = jsonOperation({
  operationId: "completerFacture",
  method: "POST",
  path: "/factures/completer",
  tag: "Factures",
  summary: "Compléter une facture suspendue",
  description: `Un commentaire et, au besoin, jusqu'à ${COMPLETION_MAX_FILES} pièces jointes en base64 (10 Mo chacune, 20 Mo en tout). La facture passe de SUSPENDUE à COMPLETEE.`,
  scope: "ecriture",
  maxBodyBytes: COMPLETER_MAX_BODY_BYTES,
  fieldPaths: { comment: "commentaire", attachments: "piecesJointes" },
  body: completerSchema,
  response: factureChangeeSchema,
  run: async ({ caller, body }) => {
    const attachments = body.piecesJointes.map((piece) => ({
      type: piece.typePieceJointe,
      designation: piece.designation || piece.nomFichier.replace(/\.[^.]*$/, "").slice(0, 100) || "Complément",
      file: { name: piece.nomFichier, content: decodeBase64(piece.contenu) },
    }));
    const completed = await completeInvoice({ userId: caller.userId, invoiceId: body.idFacture, input: { comment: body.commentaire, attachments } });
    return { idFacture: completed.invoiceId, statut: statutOf(completed.status) };
  },
});

export { factureChangeeSchema };
