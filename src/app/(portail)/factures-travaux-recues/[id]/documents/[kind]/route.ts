import { z } from "zod";
import { getWorksDocumentFile } from "@/features/invoices/works/index.ts";
import { uuid } from "@/lib/uuid.ts";
import { downloadResponse, FILE_NOT_FOUND } from "@/server/http/responses.ts";
import { routeHandler } from "@/server/http/route-handler.ts";

/** The Factur-X PDF or XML of a works document, for its supplier, its MOE and its MOA (404 for anyone else). */
export const GET = routeHandler({
  access: "user",
  params: z.object({ id: uuid(), kind: z.string() }),
  notFound: FILE_NOT_FOUND,
  run: async ({ params, user }) => downloadResponse(await getWorksDocumentFile({ userId: user.id, invoiceId: params.id, file: { documentSlug: params.kind } })),
});
