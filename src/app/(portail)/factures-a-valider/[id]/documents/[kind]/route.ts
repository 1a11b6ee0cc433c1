import { z } from "zod";
import { ADDRESSEE_DOCUMENT_DOWNLOADS, documentKindOfSlug, PREVIEW_SLUG } from "@/features/invoices/common/rules/invoice-documents.ts";
import { getInvoiceToValidateDocument, getInvoiceToValidatePreview } from "@/features/invoices/validation/index.ts";
import { uuid } from "@/lib/uuid.ts";
import { notFound } from "@/server/errors.ts";
import { downloadResponse, FILE_NOT_FOUND, inlinePdfResponse } from "@/server/http/responses.ts";
import { routeHandler } from "@/server/http/route-handler.ts";

/**
 * An invoice to validate's PDF shown in its page ("apercu": the Factur-X PDF, or the PDF deposited), or its documents
 * to download; for the holder's users only (404 for anyone else, as for a file that does not exist).
 */
export const GET = routeHandler({
  access: "user",
  params: z.object({ id: uuid(), kind: z.string() }),
  notFound: FILE_NOT_FOUND,
  run: async ({ params, user }) => {
    if (params.kind === PREVIEW_SLUG) return inlinePdfResponse(await getInvoiceToValidatePreview({ userId: user.id, invoiceId: params.id }));
    const documentKind = documentKindOfSlug(params.kind, ADDRESSEE_DOCUMENT_DOWNLOADS);
    if (!documentKind) throw notFound("Document inconnu.");
    return downloadResponse(await getInvoiceToValidateDocument({ userId: user.id, invoiceId: params.id, kind: documentKind }));
  },
});
