import { getInvoiceDocument } from "@/features/invoices/entry/use-cases/get-invoice-file.ts";
import { downloadOr404 } from "@/server/http/download-response.ts";
import { documentKindOfSlug } from "@/features/invoices/common/rules/invoice-documents.ts";
import { requireUser } from "@/server/auth/session.ts";
import { notFound } from "@/server/errors.ts";

/** The Factur-X PDF, the CII XML or the deposit receipt of an invoice of the user's structures (404 for anyone else). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; kind: string }> }) {
  const user = await requireUser();
  const { id, kind } = await params;
  const documentKind = documentKindOfSlug(kind);
  return downloadOr404([id], async () => {
    if (!documentKind) throw notFound("Document inconnu.");
    return getInvoiceDocument(user.id, id, documentKind);
  });
}
