import { z } from "zod";
import { getReceivedInvoiceAttachment } from "@/features/invoices/received/index.ts";
import { uuid } from "@/lib/uuid.ts";
import { downloadResponse, FILE_NOT_FOUND } from "@/server/http/responses.ts";
import { routeHandler } from "@/server/http/route-handler.ts";

/** A pièce jointe of a received invoice (the deposited file included), for the recipient's staff only (404 for anyone else). */
export const GET = routeHandler({
  access: "user",
  params: z.object({ id: uuid(), attachmentId: uuid() }),
  notFound: FILE_NOT_FOUND,
  run: async ({ params, user }) => downloadResponse(await getReceivedInvoiceAttachment({ userId: user.id, invoiceId: params.id, attachmentId: params.attachmentId })),
});
