// The login form's check, as the next-auth provider the route src/app/api/auth/[...nextauth]/route.ts adds to
// src/server/auth/options.ts: the accounts area decides who may log in, the server only carries the session.
import CredentialsProvider from "next-auth/providers/credentials";
import { createUserSession } from "@/server/auth/user-sessions.ts";
import { vouchedClientIpOf } from "@/server/http/request-client.ts";
import { logger } from "@/server/logger.ts";
import { delayedCode, LOGIN_ERROR } from "./rules/login-errors.ts";
import { authenticateUser } from "./use-cases/authenticate-user.ts";

export const credentialsProvider = CredentialsProvider({
  name: "Adresse électronique et mot de passe",
  credentials: {
    email: { label: "Adresse électronique de connexion", type: "email" },
    password: { label: "Mot de passe", type: "password" },
    altcha: { label: "Captcha", type: "hidden" },
  },
  async authorize(credentials, request) {
    if (!credentials?.email || !credentials.password) return null;
    // The address the HTTP server computed from the socket and TRUSTED_PROXIES (never X-Forwarded-For as sent).
    const ip = vouchedClientIpOf(request?.headers as Record<string, string | undefined>);
    const captcha = (credentials as { altcha?: string }).altcha || null;
    const result = await authenticateUser({ email: credentials.email, password: credentials.password, ip, captcha });
    if (result.ok) {
      logger.info({ userId: result.user.id }, "connexion réussie");
      // The session's row (src/server/auth/user-sessions.ts): it waits for the second factor before opening the portal.
      const userAgent = (request?.headers as Record<string, string | undefined> | undefined)?.["user-agent"] ?? null;
      const sid = await createUserSession({ userId: result.user.id, ip, userAgent });
      return { id: result.user.id, email: result.user.email, name: result.user.name, sid };
    }
    logger.warn({ ip, reason: result.reason }, "connexion refusée");
    // next-auth hands the message of an error thrown here to the login form as its error code.
    if (result.reason === "DELAYED") throw new Error(delayedCode(result.retryAfterSeconds));
    if (result.reason === "CAPTCHA_REQUIRED") throw new Error(LOGIN_ERROR.captchaRequired);
    if (result.reason === "CAPTCHA_INVALID") throw new Error(LOGIN_ERROR.captchaInvalid);
    if (result.reason === "INVALID" && result.captchaNext) throw new Error(LOGIN_ERROR.invalidCaptchaNext);
    return null;
  },
});
