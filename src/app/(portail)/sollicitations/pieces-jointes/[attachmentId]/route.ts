import { z } from "zod";
import { getSollicitationAttachment } from "@/features/sollicitations/index.ts";
import { uuid } from "@/lib/uuid.ts";
import { downloadResponse, FILE_NOT_FOUND } from "@/server/http/responses.ts";
import { routeHandler } from "@/server/http/route-handler.ts";

/** A file of a sollicitation, for whoever reads the sollicitation from one of its sides (404 for anyone else). */
export const GET = routeHandler({
  access: "user",
  params: z.object({ attachmentId: uuid() }),
  notFound: FILE_NOT_FOUND,
  run: async ({ params, user }) => downloadResponse(await getSollicitationAttachment({ userId: user.id, attachmentId: params.attachmentId })),
});
