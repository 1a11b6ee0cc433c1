import { fiscalCriteriaFromSearchParams, getFiscalListCsv } from "@/features/invoices/fiscal-list/index.ts";
import { csvResponse } from "@/server/http/responses.ts";
import { routeHandler } from "@/server/http/route-handler.ts";

/** « Exporter (CSV) » of the Liste fiscale: the same criteria, every invoice of the period, streamed. */
export const GET = routeHandler({
  access: "user",
  notFound: "Structure introuvable.",
  run: async ({ request, user }) => {
    const { fileName, stream } = await getFiscalListCsv({ userId: user.id, criteria: fiscalCriteriaFromSearchParams(new URL(request.url).searchParams) });
    return csvResponse(fileName, stream);
  },
});
