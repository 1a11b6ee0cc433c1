import { headers } from "next/headers";
import { checkHealth } from "@/server/health.ts";
import { routeHandler } from "@/server/http/route-handler.ts";
import { requestLogger } from "@/server/logger.ts";

export const dynamic = "force-dynamic";

export const GET = routeHandler({
  access: "public",
  run: async () => {
    const health = await checkHealth();
    if (health.status !== "ok") requestLogger((await headers()).get("x-request-id")).error({ health }, "base de données injoignable");
    return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
  },
});
