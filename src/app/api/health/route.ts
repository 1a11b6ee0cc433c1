import { headers } from "next/headers";
import { checkHealth } from "@/server/health.ts";
import { requestLogger } from "@/server/logger.ts";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  if (health.status !== "ok") requestLogger((await headers()).get("x-request-id")).error({ health }, "base de données injoignable");
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
