import { z } from "zod";
import { getClaimDocument } from "@/features/administration/index.ts";
import { uuid } from "@/lib/uuid.ts";
import { downloadResponse, FILE_NOT_FOUND } from "@/server/http/responses.ts";
import { routeHandler } from "@/server/http/route-handler.ts";

/** The claim's supporting document, for platform administrators only (404 for anyone else). */
export const GET = routeHandler({
  access: "user",
  params: z.object({ id: uuid() }),
  notFound: FILE_NOT_FOUND,
  run: async ({ params, user }) => downloadResponse(await getClaimDocument({ userId: user.id, claimId: params.id })),
});
