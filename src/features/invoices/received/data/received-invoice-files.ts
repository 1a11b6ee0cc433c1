// The files of one received invoice for a ZIP: its legal document (the Factur-X PDF the portal produced, else the file
// the supplier deposited, PDF or XML) and its other attachments. Read one invoice at a time, so that a ZIP of a
// thousand invoices holds one invoice's files in memory.
import { db } from "@/server/db.ts";
import { ORIGINAL_ATTACHMENT_TYPE } from "@/features/invoices/common/ui.ts";

export type ZipFile = { fileName: string; content: Uint8Array };

export async function readReceivedInvoiceFiles(invoiceId: string): Promise<{ invoiceFile: ZipFile | null; attachments: ZipFile[] }> {
  const invoice = await db.invoice.findUnique({
    where: { id: invoiceId },
    select: {
      documents: { where: { kind: "FACTURX_PDF" }, select: { fileName: true, content: true } },
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, type: true, fileName: true, content: true } },
    },
  });
  if (!invoice) return { invoiceFile: null, attachments: [] };
  const [facturX] = invoice.documents;
  const original = invoice.attachments.find((attachment) => attachment.type === ORIGINAL_ATTACHMENT_TYPE);
  const invoiceFile = facturX ?? original ?? null;
  return {
    invoiceFile: invoiceFile && { fileName: invoiceFile.fileName, content: invoiceFile.content },
    attachments: invoice.attachments.filter((attachment) => attachment !== invoiceFile).map(({ fileName, content }) => ({ fileName, content })),
  };
}
