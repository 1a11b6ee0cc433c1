import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { checkedAttachment, InvoiceRulesError, lockInvoice, type NewAttachment, requireRoomForAttachments } from "@/features/invoices/common/index.ts";
import { applyTransition } from "@/features/invoices/lifecycle/index.ts";
import { COMPLETION_MAX_FILES, completionSchema } from "../schemas.ts";

export type Completion = { comment: string; attachments?: NewAttachment[] };

/** Each file checked as "+ Gestion des pièces jointes" checks it: fields, content type, 10 Mo. */
async function checkedAttachments(attachments: NewAttachment[]) {
  if (attachments.length > COMPLETION_MAX_FILES) throw new AppError("VALIDATION", `Joignez au plus ${COMPLETION_MAX_FILES} fichiers.`, "attachments");
  return Promise.all(attachments.map((attachment) => checkedAttachment(attachment, "several files")));
}

/**
 * « Compléter »: the supplier answers a suspension with a comment and, if need be, files; the invoice goes
 * SUSPENDUE → COMPLETEE (back with the recipient) through the status machine, in one transaction with its files,
 * its history row and the notifications. NOT_FOUND outside the supplier's structures; CONFLICT when not suspended.
 */
export async function completeInvoice({ userId, invoiceId, input, now = new Date() }: { userId: string; invoiceId: string; input: Completion; now?: Date }) {
  const parsed = completionSchema.safeParse(input);
  if (!parsed.success) throw InvoiceRulesError.fromZod(parsed.error);
  const files = await checkedAttachments(input.attachments ?? []);

  return db.$transaction(async (tx) => {
    const invoice = await lockInvoice(tx, userId, invoiceId);
    if (files.length > 0) await requireRoomForAttachments(tx, invoiceId, files.reduce((sum, file) => sum + file.size, 0), "several files");
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
