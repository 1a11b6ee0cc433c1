import { getInvoiceToValidateAttachment } from "@/features/invoices/validation/use-cases/get-invoice-to-validate-file.ts";
import { downloadOr404 } from "@/server/http/download-response.ts";
import { requireUser } from "@/server/auth/session.ts";

/** A pièce jointe of an invoice to validate (the deposited file included), for the holder's users only (404 for anyone else). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const user = await requireUser();
  const { id, attachmentId } = await params;
  return downloadOr404([id, attachmentId], () => getInvoiceToValidateAttachment(user.id, id, attachmentId));
}
