import { getReceivedInvoiceAttachment } from "@/features/invoices/received/use-cases/get-received-invoice-file.ts";
import { downloadOr404 } from "@/server/http/download-response.ts";
import { requireUser } from "@/server/auth/session.ts";

/** A pièce jointe of a received invoice (the deposited file included), for the recipient's staff only (404 for anyone else). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const user = await requireUser();
  const { id, attachmentId } = await params;
  return downloadOr404([id, attachmentId], () => getReceivedInvoiceAttachment(user.id, id, attachmentId));
}
