// The files of one received invoice for a ZIP: the invoice in its structure's « Format de réception des factures »
// (receptionFile: the Factur-X PDF by default, else the CII, the UBL or the PDF alone; the file deposited as it came
// when it is in that format) and its other attachments, unchanged. Read one invoice at a time, so that a ZIP of a
// thousand invoices holds one invoice's files in memory.
import { db } from "@/server/db.ts";
import { receptionFile } from "@/features/invoices/common/index.ts";
import { ORIGINAL_ATTACHMENT_TYPE } from "@/features/invoices/common/ui.ts";

export type ZipFile = { fileName: string; content: Uint8Array };

export async function readReceivedInvoiceFiles(invoiceId: string): Promise<{ invoiceFile: ZipFile | null; attachments: ZipFile[] }> {
  const [invoiceFile, attachments] = await Promise.all([
    receptionFile(invoiceId),
    // The file deposited is the invoice itself, given above in the chosen format.
    db.invoiceAttachment.findMany({ where: { invoiceId, type: { not: ORIGINAL_ATTACHMENT_TYPE } }, orderBy: { createdAt: "asc" }, select: { fileName: true, content: true } }),
  ]);
  return { invoiceFile: invoiceFile && { fileName: invoiceFile.fileName, content: invoiceFile.content }, attachments };
}
