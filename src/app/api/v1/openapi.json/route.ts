import { API_OPERATIONS } from "@/features/api/index.ts";
import { openApiDocument } from "@/server/api/openapi-document.ts";
import { routeHandler } from "@/server/http/route-handler.ts";
import { absoluteUrl } from "@/server/urls.ts";

export const dynamic = "force-dynamic";

/** The published contract, written from the operations themselves. */
export const GET = routeHandler({
  access: "public",
  run: async () => Response.json(openApiDocument(API_OPERATIONS, absoluteUrl("/").replace(/\/$/, ""))),
});
