import { db } from "@/server/db.ts";
import { checkedAttachment, requireRoomForAttachments, type NewAttachment } from "@/features/invoices/common/index.ts";
import { requireDraft } from "@/features/invoices/common/index.ts";
import { lockInvoice } from "@/features/invoices/common/index.ts";

/** Adds a file to a draft, its type checked from its content; 10 Mo per file, 20 Mo per invoice. */
export async function addInvoiceAttachment({ userId, invoiceId, attachment: input }: { userId: string; invoiceId: string; attachment: NewAttachment }) {
  const attachment = await checkedAttachment(input, "one file");

  return db.$transaction(async (tx) => {
    requireDraft(await lockInvoice(tx, userId, invoiceId));
    await requireRoomForAttachments(tx, invoiceId, attachment.size, "one file");
    return tx.invoiceAttachment.create({
      data: { invoiceId, ...attachment },
      select: { id: true, type: true, designation: true, fileName: true, extension: true, size: true },
    });
  });
}
