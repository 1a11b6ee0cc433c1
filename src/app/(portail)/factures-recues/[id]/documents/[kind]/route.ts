import { z } from "zod";
import { ADDRESSEE_DOCUMENT_DOWNLOADS, documentKindOfSlug, PREVIEW_SLUG, RECEPTION_SLUG } from "@/features/invoices/common/rules/invoice-documents.ts";
import { getReceivedInvoiceDocument, getReceivedInvoiceFile, getReceivedInvoicePreview } from "@/features/invoices/received/index.ts";
import { uuid } from "@/lib/uuid.ts";
import { notFound } from "@/server/errors.ts";
import { downloadResponse, FILE_NOT_FOUND, inlinePdfResponse } from "@/server/http/responses.ts";
import { routeHandler } from "@/server/http/route-handler.ts";

/**
 * A received invoice's PDF shown in its page ("apercu": the Factur-X PDF, or the PDF deposited), its documents to
 * download, or the invoice in its structure's « Format de réception des factures » ("format-reception"); for the recipient's staff only (404 for anyone else, as for a file that does not exist).
 */
export const GET = routeHandler({
  access: "user",
  params: z.object({ id: uuid(), kind: z.string() }),
  notFound: FILE_NOT_FOUND,
  run: async ({ params, user }) => {
    if (params.kind === PREVIEW_SLUG) return inlinePdfResponse(await getReceivedInvoicePreview({ userId: user.id, invoiceId: params.id }));
    if (params.kind === RECEPTION_SLUG) return downloadResponse(await getReceivedInvoiceFile({ userId: user.id, invoiceId: params.id }));
    const documentKind = documentKindOfSlug(params.kind, ADDRESSEE_DOCUMENT_DOWNLOADS);
    if (!documentKind) throw notFound("Document inconnu.");
    return downloadResponse(await getReceivedInvoiceDocument({ userId: user.id, invoiceId: params.id, kind: documentKind }));
  },
});
