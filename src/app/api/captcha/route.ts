import { createCaptchaChallenge } from "@/features/accounts/server/captcha.ts";

export const dynamic = "force-dynamic";

/** A new ALTCHA challenge for the account-creation widget; never cached: each one is accepted once. */
export async function GET() {
  return Response.json(await createCaptchaChallenge(), { headers: { "Cache-Control": "no-store" } });
}
