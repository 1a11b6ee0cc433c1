import { createCaptchaChallenge } from "@/features/accounts/index.ts";
import { requestClientIp } from "@/server/http/request-client.ts";
import { routeHandler } from "@/server/http/route-handler.ts";
import { formLimits, hitRateLimit, RATE_LIMITED_MESSAGE, RATE_LIMITS } from "@/server/rate-limit.ts";

export const dynamic = "force-dynamic";

/** A new ALTCHA challenge for the sign-up and login widgets; never cached: each one is accepted once. Rate-limited per address. */
export const GET = routeHandler({
  access: "public",
  run: async () => {
    for (const { key, limit } of formLimits("captcha", { ip: await requestClientIp(), limit: RATE_LIMITS.captchaPerIp })) {
      if (!(await hitRateLimit(key, limit)).allowed) {
        return Response.json({ error: RATE_LIMITED_MESSAGE(limit.windowMinutes) }, { status: 429, headers: { "Cache-Control": "no-store", "Retry-After": String(limit.windowMinutes * 60) } });
      }
    }
    return Response.json(await createCaptchaChallenge(), { headers: { "Cache-Control": "no-store" } });
  },
});
