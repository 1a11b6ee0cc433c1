import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { delayedCode, LOGIN_ERROR } from "@/features/accounts/rules/login-errors.ts";
import { authenticateUser } from "@/features/accounts/use-cases/authenticate-user.ts";
import { config } from "../config.ts";
import { vouchedClientIpOf } from "../http/request-client.ts";
import { logger } from "../logger.ts";
import { createUserSession, revokeSession } from "./user-sessions.ts";


export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: config.sessionMaxAgeSeconds, updateAge: 5 * 60 },
  jwt: { maxAge: config.sessionMaxAgeSeconds },
  pages: { signIn: "/", error: "/" },
  providers: [
    CredentialsProvider({
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
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sid = (user as { sid?: string }).sid;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.uid as string;
      // The session's row id: src/server/auth/session.ts accepts a request only while that row is live.
      (session as { sid?: unknown }).sid = token.sid;
      return session;
    },
  },
  events: {
    // « Se déconnecter »: the row is revoked, so the cookie, even if kept or copied, opens nothing any more.
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(token.sid);
    },
  },
};
