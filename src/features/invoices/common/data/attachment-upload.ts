// The checks of an uploaded attachment, the same for a draft's "+ Gestion des pièces jointes" and for « Compléter »:
// its fields, a non-empty file of 10 Mo at most whose CONTENT is of an allowed type, and 20 Mo in all per invoice.
// Only the wording differs: « Compléter » takes several files, so its refusals name the file they are about.
import { createHash } from "node:crypto";
import type { Tx } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { attachmentFileName, detectAttachmentType } from "@/lib/file-content-type.ts";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_BYTES_PER_INVOICE, REFUSED_CONTENT_MESSAGE } from "../rules/attachment-type.ts";
import { InvoiceRulesError } from "./invoice-errors.ts";
import { attachmentSchema } from "../schemas.ts";

export type NewAttachment = { type: string; designation: string; file: { name: string; content: Uint8Array<ArrayBuffer> } | null };

/** How the refusals read, and on which form field: a form of one file ("file") or of several ("attachments"). */
export type UploadForm = "one file" | "several files";

const WORDING = {
  "one file": {
    field: "file",
    tooLarge: (_name: string) => "Le fichier dépasse 10 Mo : une pièce jointe fait au plus 10 Mo.",
    refusedContent: (_name: string) => REFUSED_CONTENT_MESSAGE,
    overInvoiceTotal: "Les pièces jointes d'une facture font au plus 20 Mo en tout : ce fichier dépasserait cette limite.",
  },
  "several files": {
    field: "attachments",
    tooLarge: (name: string) => `« ${name} » dépasse 10 Mo : une pièce jointe fait au plus 10 Mo.`,
    refusedContent: (name: string) => `« ${name} » : ${REFUSED_CONTENT_MESSAGE}`,
    overInvoiceTotal: "Les pièces jointes d'une facture font au plus 20 Mo en tout : ces fichiers dépasseraient cette limite.",
  },
} satisfies Record<UploadForm, unknown>;

/** The attachment as it is stored (its type read from its content), or the refusal of its first wrong point. */
export async function checkedAttachment(attachment: NewAttachment, form: UploadForm) {
  const wording = WORDING[form];
  const fields = attachmentSchema.safeParse(attachment);
  if (!fields.success) throw InvoiceRulesError.fromZod(fields.error);
  const { file } = attachment;
  if (!file || file.content.length === 0) throw new AppError("VALIDATION", "Choisissez un fichier non vide.", wording.field);
  if (file.content.length > MAX_ATTACHMENT_BYTES) throw new AppError("VALIDATION", wording.tooLarge(file.name), wording.field);
  const detected = await detectAttachmentType(file.content, file.name);
  if (!detected) throw new AppError("VALIDATION", wording.refusedContent(file.name), wording.field);
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
}

/** Refuses files that would take the invoice's attachments over 20 Mo in all (inside the transaction that adds them). */
export async function requireRoomForAttachments(tx: Tx, invoiceId: string, addedBytes: number, form: UploadForm) {
  const { _sum } = await tx.invoiceAttachment.aggregate({ where: { invoiceId }, _sum: { size: true } });
  if ((_sum.size ?? 0) + addedBytes > MAX_ATTACHMENTS_BYTES_PER_INVOICE) throw new AppError("VALIDATION", WORDING[form].overInvoiceTotal, WORDING[form].field);
}
