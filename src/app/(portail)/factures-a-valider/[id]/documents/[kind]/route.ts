import { previewOr404 } from "@/features/invoices/received/preview-response.ts";
import { getInvoiceToValidateDocument, getInvoiceToValidatePreview } from "@/features/invoices/validation/use-cases/get-invoice-to-validate-file.ts";
import { downloadOr404 } from "@/server/http/download-response.ts";
import { ADDRESSEE_DOCUMENT_DOWNLOADS, documentKindOfSlug, PREVIEW_SLUG } from "@/features/invoices/common/rules/invoice-documents.ts";
import { requireUser } from "@/server/auth/session.ts";
import { notFound } from "@/server/errors.ts";

/**
 * An invoice to validate's PDF shown in its page ("apercu": the Factur-X PDF, or the PDF deposited), or its documents
 * to download; for the holder's users only (404 for anyone else, as for a file that does not exist).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; kind: string }> }) {
  const user = await requireUser();
  const { id, kind } = await params;
  if (kind === PREVIEW_SLUG) return previewOr404(id, () => getInvoiceToValidatePreview(user.id, id));
  const documentKind = documentKindOfSlug(kind, ADDRESSEE_DOCUMENT_DOWNLOADS);
  return downloadOr404([id], async () => {
    if (!documentKind) throw notFound("Document inconnu.");
    return getInvoiceToValidateDocument(user.id, id, documentKind);
  });
}
