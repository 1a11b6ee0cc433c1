import { previewOr404 } from "@/features/invoices/received/preview-response.ts";
import { getReceivedInvoiceDocument, getReceivedInvoicePreview } from "@/features/invoices/received/use-cases/get-received-invoice-file.ts";
import { downloadOr404 } from "@/server/http/download-response.ts";
import { ADDRESSEE_DOCUMENT_DOWNLOADS, documentKindOfSlug, PREVIEW_SLUG } from "@/features/invoices/common/rules/invoice-documents.ts";
import { requireUser } from "@/server/auth/session.ts";
import { notFound } from "@/server/errors.ts";

/**
 * A received invoice's PDF shown in its page ("apercu": the Factur-X PDF, or the PDF deposited), or its documents to
 * download; for the recipient's staff only (404 for anyone else, as for a file that does not exist).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; kind: string }> }) {
  const user = await requireUser();
  const { id, kind } = await params;
  if (kind === PREVIEW_SLUG) return previewOr404(id, () => getReceivedInvoicePreview(user.id, id));
  const documentKind = documentKindOfSlug(kind, ADDRESSEE_DOCUMENT_DOWNLOADS);
  return downloadOr404([id], async () => {
    if (!documentKind) throw notFound("Document inconnu.");
    return getReceivedInvoiceDocument(user.id, id, documentKind);
  });
}
