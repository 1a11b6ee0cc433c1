import { createHash } from "node:crypto";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { attachmentFileName, detectAttachmentType, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_BYTES_PER_INVOICE, REFUSED_CONTENT_MESSAGE } from "../attachment-type.ts";
import { InvoiceRulesError } from "../invoice-errors.ts";
import { attachmentSchema } from "../invoice-schema.ts";
import { requireDraft } from "../supplier-access.ts";
import { lockInvoice } from "./save-invoice-draft.ts";

export type NewAttachment = { type: string; designation: string; file: { name: string; content: Uint8Array<ArrayBuffer> } | null };

/** Adds a file to a draft, its type checked from its content; 10 Mo per file, 20 Mo per invoice. */
export async function addInvoiceAttachment(userId: string, invoiceId: string, input: NewAttachment) {
  const parsed = attachmentSchema.safeParse(input);
  if (!parsed.success) throw InvoiceRulesError.fromZod(parsed.error);
  const { file } = input;
  if (!file || file.content.length === 0) throw new AppError("VALIDATION", "Choisissez un fichier non vide.", "file");
  if (file.content.length > MAX_ATTACHMENT_BYTES) throw new AppError("VALIDATION", "Le fichier dépasse 10 Mo : une pièce jointe fait au plus 10 Mo.", "file");
  const detected = await detectAttachmentType(file.content, file.name);
  if (!detected) throw new AppError("VALIDATION", REFUSED_CONTENT_MESSAGE, "file");

  return db.$transaction(async (tx) => {
    requireDraft(await lockInvoice(tx, userId, invoiceId));
    const { _sum } = await tx.invoiceAttachment.aggregate({ where: { invoiceId }, _sum: { size: true } });
    if ((_sum.size ?? 0) + file.content.length > MAX_ATTACHMENTS_BYTES_PER_INVOICE) {
      throw new AppError("VALIDATION", "Les pièces jointes d'une facture font au plus 20 Mo en tout : ce fichier dépasserait cette limite.", "file");
    }
    return tx.invoiceAttachment.create({
      data: {
        invoiceId,
        type: parsed.data.type,
        designation: parsed.data.designation,
        fileName: attachmentFileName(file.name, detected.extension),
        extension: detected.extension,
        mimeType: detected.mimeType,
        size: file.content.length,
        sha256: createHash("sha256").update(file.content).digest("hex"),
        content: file.content,
      },
      select: { id: true, type: true, designation: true, fileName: true, extension: true, size: true },
    });
  });
}
