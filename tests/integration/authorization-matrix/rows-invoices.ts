// Rows of the invoice areas: Factures émises (entry, drafts, deposits, Compléter, Recycler), Factures reçues,
// Factures à valider, and their route handlers (documents, attachments, CSV export).
import { createDepositFlux } from "@/features/invoices/batch/use-cases/create-deposit-flux.ts";
import { changeInvoiceStatus, changeInvoicesStatus } from "@/features/invoices/lifecycle/index.ts";
import { acknowledgeRejection, completeInvoice, recycleInvoice } from "@/features/invoices/tracking/index.ts";
import { addInvoiceAttachment } from "@/features/invoices/entry/use-cases/add-invoice-attachment.ts";
import { deleteInvoiceAttachment } from "@/features/invoices/entry/use-cases/delete-invoice-attachment.ts";
import { deleteInvoiceDraft } from "@/features/invoices/entry/use-cases/delete-invoice-draft.ts";
import { depositInvoiceFile } from "@/features/invoices/deposit/use-cases/deposit-invoice-file.ts";
import { duplicateInvoice } from "@/features/invoices/entry/use-cases/duplicate-invoice.ts";
import { getRecipient } from "@/features/invoices/entry/use-cases/get-recipient.ts";
import { listLinkableInvoices } from "@/features/invoices/entry/use-cases/list-linkable-invoices.ts";
import { saveInvoiceDraft } from "@/features/invoices/entry/use-cases/save-invoice-draft.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { getContractHolder, refuseInvoice, searchContractHolders, validateInvoice } from "@/features/invoices/validation/index.ts";
import { searchPublicDirectory } from "@/features/directory/use-cases/search-public-directory.ts";
import { AppError } from "@/server/errors.ts";
import { db } from "@/server/db.ts";
import { invoiceFormTo } from "../factories.ts";
import type { Rows } from "./rows.ts";
import { CONSULTATION_REFUSAL, type Cell } from "./world.ts";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const UBL = new TextEncoder().encode('<?xml version="1.0"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>F1</ID></Invoice>');

const form = (cell: Cell) =>
  invoiceFormTo(cell.place.structureId, { structureId: cell.world.counterparty.structureId, serviceId: cell.world.counterparty.serviceId }, { paymentMode: "CHEQUE", engagementNumber: "" });

/** The selection's answer as the one invoice's: refused with its message, or moved. */
async function selectionOf(cell: Cell, invoiceId: string) {
  const result = await changeInvoicesStatus({ userId: cell.userId, invoiceIds: [invoiceId], action: "SUSPENDRE", motif: "Pièce manquante" });
  const refusal = result.refused[0];
  if (!refusal) return;
  if (refusal.message === "Facture introuvable.") throw new AppError("NOT_FOUND", refusal.message);
  if (CONSULTATION_REFUSAL.test(refusal.message)) throw new AppError("FORBIDDEN", refusal.message);
  throw new AppError("CONFLICT", refusal.message);
}

/** A user who may enter invoices somewhere (Factures émises in modification) looks for holders of contracts. */
const entersInvoicesSomewhere = (cell: Cell) => (cell.role !== "ADMIN" && cell.right === "MODIFICATION" ? "ALLOWED" : "FORBIDDEN");

export const INVOICE_ROWS: Rows = {
  saveInvoiceDraftAction: { reaches: "saveInvoiceDraft (Saisir facture: Enregistrer)", access: { kind: "enter", espace: "FACTURES_EMISES" }, run: (c) => saveInvoiceDraft({ userId: c.userId, input: form(c) }) },
  sendInvoiceAction: { reaches: "sendInvoice (Saisir facture: Valider et envoyer)", access: { kind: "enter", espace: "FACTURES_EMISES" }, run: (c) => sendInvoice({ userId: c.userId, input: form(c) }) },
  deleteInvoiceDraftAction: {
    reaches: "deleteInvoiceDraft (Supprimer)",
    access: { kind: "change", espace: "FACTURES_EMISES" },
    run: async (c) => deleteInvoiceDraft({ userId: c.userId, invoiceId: await c.place.make.draft() }),
  },
  duplicateInvoiceAction: { reaches: "duplicateInvoice (Dupliquer)", access: { kind: "change", espace: "FACTURES_EMISES" }, run: (c) => duplicateInvoice({ userId: c.userId, invoiceId: c.place.draftId }) },
  searchRecipientsAction: { reaches: "searchPublicDirectory (the directory's public structures)", access: { kind: "signedIn" }, run: () => searchPublicDirectory({ texte: "MATRICE" }) },
  listLinkableInvoicesAction: {
    reaches: "listLinkableInvoices (Saisir facture: facture d'origine of an avoir, factures d'acompte a final invoice deducts)",
    access: { kind: "enter", espace: "FACTURES_EMISES" },
    run: (c) => listLinkableInvoices({ userId: c.userId, supplierStructureId: c.place.structureId, recipient: c.world.counterparty.structureId }),
  },
  getRecipientAction: { reaches: "getRecipient (a public structure of the directory)", access: { kind: "signedIn" }, run: (c) => getRecipient({ idOrSiret: c.world.counterparty.structureId }) },
  addInvoiceAttachmentAction: {
    reaches: "addInvoiceAttachment (a draft's pièces jointes)",
    access: { kind: "change", espace: "FACTURES_EMISES" },
    run: (c) => addInvoiceAttachment({ userId: c.userId, invoiceId: c.place.draftId, attachment: { type: "Pièce jointe complémentaire", designation: "Devis", file: { name: "devis.pdf", content: PDF } } }),
  },
  deleteInvoiceAttachmentAction: {
    reaches: "deleteInvoiceAttachment (a draft's pièces jointes)",
    access: { kind: "change", espace: "FACTURES_EMISES" },
    run: async (c) => {
      const invoiceId = await c.place.make.draft();
      const attachment = await db.invoiceAttachment.create({
        data: { invoiceId, type: "Pièce jointe complémentaire", designation: "Devis", fileName: "devis.pdf", extension: "pdf", mimeType: "application/pdf", size: PDF.length, sha256: "3".repeat(64), content: PDF },
      });
      return deleteInvoiceAttachment({ userId: c.userId, invoiceId, attachmentId: attachment.id });
    },
  },
  depositBatchAction: {
    reaches: "createDepositFlux (Dépôt par lot)",
    access: { kind: "enter", espace: "FACTURES_EMISES" },
    run: (c) => createDepositFlux({ userId: c.userId, input: { supplierStructureId: c.place.structureId, cadre: "A1", files: [{ name: "facture.xml", bytes: UBL }] } }),
  },
  depositInvoiceFileAction: {
    reaches: "depositInvoiceFile (Dépôt factures)",
    access: { kind: "enter", espace: "FACTURES_EMISES" },
    run: (c) => depositInvoiceFile({ userId: c.userId, input: { supplierStructureId: c.place.structureId, cadre: "A1", format: "XML_STRUCTURE", file: { name: "facture.xml", bytes: UBL } } }),
  },
  changeReceivedInvoiceStatusAction: {
    reaches: "changeInvoiceStatus (Factures reçues: an action on one invoice)",
    access: { kind: "change", espace: "FACTURES_RECUES" },
    run: async (c) => changeInvoiceStatus({ userId: c.userId, invoiceId: await c.place.make.received(), action: "SUSPENDRE", motif: "Pièce manquante" }),
  },
  changeReceivedInvoicesStatusAction: {
    reaches: "changeInvoicesStatus (Factures reçues: Actions sur la sélection)",
    access: { kind: "change", espace: "FACTURES_RECUES" },
    run: async (c) => selectionOf(c, await c.place.make.received()),
  },
  completeInvoiceAction: {
    reaches: "completeInvoice (Factures émises: Compléter)",
    access: { kind: "change", espace: "FACTURES_EMISES" },
    run: async (c) => completeInvoice({ userId: c.userId, invoiceId: await c.place.make.sent("SUSPENDUE"), input: { comment: "Voici la pièce demandée." } }),
  },
  recycleInvoiceAction: {
    reaches: "recycleInvoice (Factures émises: Recycler)",
    access: { kind: "change", espace: "FACTURES_EMISES" },
    run: async (c) =>
      recycleInvoice({ userId: c.userId, invoiceId: await c.place.make.sent("A_RECYCLER"), input: { recipientStructureId: c.world.counterparty.structureId, recipientServiceId: c.world.counterparty.serviceId } }),
  },
  acknowledgeRejectionAction: {
    reaches: "acknowledgeRejection (Factures émises: Traiter le rejet)",
    access: { kind: "change", espace: "FACTURES_EMISES" },
    run: async (c) => acknowledgeRejection({ userId: c.userId, invoiceId: await c.place.make.sent("REJETEE") }),
  },
  decideInvoiceAction: {
    reaches: "validateInvoice / refuseInvoice (Factures à valider)",
    access: { kind: "change", espace: "FACTURES_A_VALIDER" },
    run: async (c) => {
      // Valider and Refuser take the same path: one on every other cell.
      const invoiceId = await c.place.make.toValidate();
      return c.actor.startsWith("GS") ? refuseInvoice({ userId: c.userId, invoiceId, input: { motif: "Montant erroné" } }) : validateInvoice({ userId: c.userId, invoiceId, input: {} });
    },
  },
  searchContractHoldersAction: {
    reaches: "searchContractHolders (Saisir facture: titulaire / mandataire)",
    access: { kind: "signedIn" },
    expect: entersInvoicesSomewhere,
    run: (c) => searchContractHolders({ userId: c.userId, input: { query: "MATRICE" } }),
  },
  getContractHolderAction: {
    reaches: "getContractHolder (Saisir facture: the draft's titulaire)",
    access: { kind: "signedIn" },
    expect: entersInvoicesSomewhere,
    run: (c) => getContractHolder({ userId: c.userId, structureId: c.world.counterparty.structureId }),
  },
};
