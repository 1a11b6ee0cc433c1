import { getInvoiceAttachment } from "@/features/invoices/entry/use-cases/get-invoice-file.ts";
import { downloadOr404 } from "@/server/http/download-response.ts";
import { requireUser } from "@/server/auth/session.ts";

/** A pièce jointe of an invoice of the user's structures, as it was uploaded (404 for anyone else). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const user = await requireUser();
  const { id, attachmentId } = await params;
  return downloadOr404([id, attachmentId], () => getInvoiceAttachment(user.id, id, attachmentId));
}
