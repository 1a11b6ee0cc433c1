import { z } from "zod";
import { getInvoiceAttachment } from "@/features/invoices/entry/index.ts";
import { uuid } from "@/lib/uuid.ts";
import { downloadResponse, FILE_NOT_FOUND } from "@/server/http/responses.ts";
import { routeHandler } from "@/server/http/route-handler.ts";

/** A pièce jointe of an invoice of the user's structures, as it was uploaded (404 for anyone else). */
export const GET = routeHandler({
  access: "user",
  params: z.object({ id: uuid(), attachmentId: uuid() }),
  notFound: FILE_NOT_FOUND,
  run: async ({ params, user }) => downloadResponse(await getInvoiceAttachment({ userId: user.id, invoiceId: params.id, attachmentId: params.attachmentId })),
});
