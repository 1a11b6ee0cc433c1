import { fiscalCriteriaFromSearchParams, getFiscalListPdf } from "@/features/invoices/fiscal-list/index.ts";
import { downloadResponse } from "@/server/http/responses.ts";
import { routeHandler } from "@/server/http/route-handler.ts";

/** « Exporter (PDF) » of the Liste fiscale: the list, the totals and each invoice's SHA-256 fingerprint, as a PDF/A. */
export const GET = routeHandler({
  access: "user",
  notFound: "Structure introuvable.",
  run: async ({ request, user }) => downloadResponse(await getFiscalListPdf({ userId: user.id, criteria: fiscalCriteriaFromSearchParams(new URL(request.url).searchParams) })),
});
