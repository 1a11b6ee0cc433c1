import { z } from "zod";
import { documentKindOfSlug } from "@/features/invoices/common/rules/invoice-documents.ts";
import { getInvoiceDocument } from "@/features/invoices/entry/index.ts";
import { uuid } from "@/lib/uuid.ts";
import { notFound } from "@/server/errors.ts";
import { downloadResponse, FILE_NOT_FOUND } from "@/server/http/responses.ts";
import { routeHandler } from "@/server/http/route-handler.ts";

/** The Factur-X PDF, the CII XML or the deposit receipt of an invoice of the user's structures (404 for anyone else). */
export const GET = routeHandler({
  access: "user",
  params: z.object({ id: uuid(), kind: z.string() }),
  notFound: FILE_NOT_FOUND,
  run: async ({ params, user }) => {
    const documentKind = documentKindOfSlug(params.kind);
    if (!documentKind) throw notFound("Document inconnu.");
    return downloadResponse(await getInvoiceDocument({ userId: user.id, invoiceId: params.id, kind: documentKind }));
  },
});
