import { apiReferencePage } from "@/server/api/reference-page.ts";
import { routeHandler } from "@/server/http/route-handler.ts";
import { absoluteUrl } from "@/server/urls.ts";

export const dynamic = "force-dynamic";

/** The API's interactive reference; its script carries this request's CSP nonce (set by src/server/http/page-headers.ts). */
export const GET = routeHandler({
  access: "public",
  run: async ({ request }) => {
    const page = apiReferencePage({ nonce: request.headers.get("x-nonce") ?? "", origin: absoluteUrl("/").replace(/\/$/, "") });
    return new Response(page, { headers: { "Content-Type": "text/html; charset=utf-8" } });
  },
});
