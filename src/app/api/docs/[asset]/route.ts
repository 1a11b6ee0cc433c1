import { z } from "zod";
import { SWAGGER_UI_ASSETS, swaggerUiAssetResponse, type SwaggerUiAsset } from "@/server/api/reference-page.ts";
import { routeHandler } from "@/server/http/route-handler.ts";

export const dynamic = "force-dynamic";

/** Swagger UI's script and style sheet, from the installed swagger-ui-dist (no CDN: the portal's CSP allows none). */
export const GET = routeHandler({
  access: "public",
  params: z.object({ asset: z.enum(Object.keys(SWAGGER_UI_ASSETS) as [SwaggerUiAsset, ...SwaggerUiAsset[]]) }),
  notFound: "Fichier introuvable.",
  run: async ({ params }) => swaggerUiAssetResponse(params.asset),
});
