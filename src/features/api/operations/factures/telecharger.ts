import { z } from "zod";
import { getInvoiceAttachment, getInvoiceDocument } from "@/features/invoices/entry/index.ts";
import { fileOperation } from "@/server/api/operation.ts";
import { ApiProblem } from "@/server/api/problem.ts";
import { idFactureSchema } from "./consulter-fournisseur.ts";

/** The documents the portal produced when the invoice was sent, by the API's name. */
export const DOCUMENT_KIND_OF = { FACTURX_PDF: "FACTURX_PDF", XML: "CII_XML", ACCUSE_DEPOT: "DEPOSIT_RECEIPT_PDF" } as const;
export const DOCUMENT_TYPES = ["FACTURX_PDF", "XML", "ACCUSE_DEPOT"] as const;

const telechargerSchema = idFactureSchema
  .extend({
    typeFichier: z.enum([...DOCUMENT_TYPES, "PIECE_JOINTE"], "Choisissez FACTURX_PDF, XML, ACCUSE_DEPOT ou PIECE_JOINTE.").meta({
      description: "FACTURX_PDF : la facture PDF/A-3 ; XML : son XML CII ; ACCUSE_DEPOT : l'accusé de dépôt ; PIECE_JOINTE : une pièce jointe (idPieceJointe).",
    }),
    idPieceJointe: z.string().max(100).optional().meta({ description: "Avec PIECE_JOINTE : l'identifiant donné par consulterFactureFournisseur." }),
  })
  .meta({ id: "TelechargerFacture" });

/** factures/telecharger: a file of an invoice of the supplier's structures, as the invoice page offers it. */
export const telechargerFacture = fileOperation({
  operationId: "telechargerFacture",
  method: "POST",
  path: "/factures/telecharger",
  tag: "Factures",
  summary: "Télécharger un fichier d'une facture émise",
  description: "Le Factur-X, le XML, l'accusé de dépôt ou une pièce jointe d'une facture d'une structure du compte technique ; 404 hors de son périmètre.",
  scope: "lecture",
  body: telechargerSchema,
  fileMediaTypes: ["application/pdf", "application/xml", "application/octet-stream"],
  run: async ({ caller, body }) => {
    if (body.typeFichier === "PIECE_JOINTE") {
      if (!body.idPieceJointe) throw new ApiProblem(422, "VALIDATION", "Donnez l'identifiant de la pièce jointe (idPieceJointe).", [{ path: "idPieceJointe", message: "Obligatoire avec PIECE_JOINTE." }]);
      return { file: await getInvoiceAttachment({ userId: caller.userId, invoiceId: body.idFacture, attachmentId: body.idPieceJointe }) };
    }
    return { file: await getInvoiceDocument({ userId: caller.userId, invoiceId: body.idFacture, kind: DOCUMENT_KIND_OF[body.typeFichier] }) };
  },
});
