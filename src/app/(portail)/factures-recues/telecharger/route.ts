import { parseReceivedSearch, receivedZipSelectionSchema, streamReceivedInvoicesZip } from "@/features/invoices/received/index.ts";
import { textResponse, zipResponse } from "@/server/http/responses.ts";
import { routeHandler } from "@/server/http/route-handler.ts";

/**
 * « Télécharger (ZIP) » of Factures reçues: the invoices checked in the list (?facture=…&facture=…), or else every
 * invoice the search finds with the list's criteria; each one's file and attachments and index.csv, streamed.
 */
export const GET = routeHandler({
  access: "user",
  notFound: "Facture introuvable.",
  run: async ({ request, user }) => {
    const params = new URL(request.url).searchParams;
    const selected = params.getAll("facture");
    if (selected.length > 0) {
      const invoiceIds = receivedZipSelectionSchema.safeParse(selected);
      if (!invoiceIds.success) return textResponse(invoiceIds.error.issues[0]!.message, 422);
      const zip = await streamReceivedInvoicesZip({ userId: user.id, invoiceIds: invoiceIds.data });
      return zipResponse(zip.fileName, zip.stream);
    }
    const { filters } = parseReceivedSearch(Object.fromEntries(params));
    if (!filters) return textResponse("Les critères de recherche comportent des erreurs : corrigez-les avant de télécharger.", 422);
    const zip = await streamReceivedInvoicesZip({ userId: user.id, filters });
    return zipResponse(zip.fileName, zip.stream);
  },
});
