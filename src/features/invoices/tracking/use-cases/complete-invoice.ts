import { createHash } from "node:crypto";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { attachmentFileName, detectAttachmentType, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_BYTES_PER_INVOICE, REFUSED_CONTENT_MESSAGE } from "../../attachment-type.ts";
import { InvoiceRulesError } from "../../invoice-errors.ts";
import { attachmentSchema } from "../../invoice-schema.ts";
import { applyTransition } from "../../lifecycle/transition.ts";
import type { NewAttachment } from "../../use-cases/add-invoice-attachment.ts";
import { lockInvoice } from "../../use-cases/save-invoice-draft.ts";
import { COMPLETION_MAX_FILES, completionSchema } from "../completion-schema.ts";

export type Completion = { comment: string; attachments?: NewAttachment[] };

/** Each file checked as "+ Gestion des pièces jointes" checks it: fields, content type, 10 Mo. */
async function checkedAttachments(attachments: NewAttachment[]) {
  if (attachments.length > COMPLETION_MAX_FILES) throw new AppError("VALIDATION", `Joignez au plus ${COMPLETION_MAX_FILES} fichiers.`, "attachments");
  return Promise.all(
    attachments.map(async (attachment) => {
      const fields = attachmentSchema.safeParse(attachment);
      if (!fields.success) throw InvoiceRulesError.fromZod(fields.error);
      const { file } = attachment;
      if (!file || file.content.length === 0) throw new AppError("VALIDATION", "Choisissez un fichier non vide.", "attachments");
      if (file.content.length > MAX_ATTACHMENT_BYTES) throw new AppError("VALIDATION", `« ${file.name} » dépasse 10 Mo : une pièce jointe fait au plus 10 Mo.`, "attachments");
      const detected = await detectAttachmentType(file.content, file.name);
      if (!detected) throw new AppError("VALIDATION", `« ${file.name} » : ${REFUSED_CONTENT_MESSAGE}`, "attachments");
      return {
        type: fields.data.type,
        designation: fields.data.designation,
        fileName: attachmentFileName(file.name, detected.extension),
        extension: detected.extension,
        mimeType: detected.mimeType,
        size: file.content.length,
        sha256: createHash("sha256").update(file.content).digest("hex"),
        content: file.content,
      };
    }),
  );
}

/**
 * « Compléter »: the supplier answers a suspension with a comment and, if need be, files; the invoice goes
 * SUSPENDUE → COMPLETEE (back with the recipient) through the status machine, in one transaction with its files,
 * its history row and the notifications. NOT_FOUND outside the supplier's structures; CONFLICT when not suspended.
 */
export async function completeInvoice(userId: string, invoiceId: string, input: Completion, now = new Date()) {
  const parsed = completionSchema.safeParse(input);
  if (!parsed.success) throw InvoiceRulesError.fromZod(parsed.error);
  const files = await checkedAttachments(input.attachments ?? []);

  return db.$transaction(async (tx) => {
    const invoice = await lockInvoice(tx, userId, invoiceId);
    if (files.length > 0) {
      const { _sum } = await tx.invoiceAttachment.aggregate({ where: { invoiceId }, _sum: { size: true } });
      if ((_sum.size ?? 0) + files.reduce((sum, file) => sum + file.size, 0) > MAX_ATTACHMENTS_BYTES_PER_INVOICE) {
        throw new AppError("VALIDATION", "Les pièces jointes d'une facture font au plus 20 Mo en tout : ces fichiers dépasseraient cette limite.", "attachments");
      }
    }
    // The machine refuses (CONFLICT) an invoice that is not suspended: the files below are then never written.
    const moved = await applyTransition(tx, {
      invoiceId,
      action: "COMPLETER",
      actor: "FOURNISSEUR",
      actorUserId: userId,
      actorStructureId: invoice.supplierStructureId,
      comment: parsed.data.comment,
      now,
    });
    if (files.length > 0) await tx.invoiceAttachment.createMany({ data: files.map((file) => ({ ...file, invoiceId, createdAt: now })) });
    return { invoiceId, status: moved.status, attachments: files.length };
  });
}
