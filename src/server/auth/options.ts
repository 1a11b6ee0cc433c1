import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticateUser } from "@/features/accounts/use-cases/authenticate-user.ts";
import { config } from "../config.ts";
import { logger } from "../logger.ts";

/** next-auth turns an error thrown by authorize() into this code for the login form. */
export const LOCKED_ERROR = "COMPTE_VERROUILLE";

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  const real = headers?.["x-real-ip"];
  return first || (Array.isArray(real) ? real[0] : real) || null;
}

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
      },
      async authorize(credentials, request) {
        if (!credentials?.email || !credentials.password) return null;
        const ip = clientIp(request?.headers as Record<string, string | undefined>);
        const result = await authenticateUser({ email: credentials.email, password: credentials.password, ip });
        if (result.ok) {
          logger.info({ userId: result.user.id }, "connexion réussie");
          return { id: result.user.id, email: result.user.email, name: result.user.name };
        }
        logger.warn({ ip, reason: result.reason }, "connexion refusée");
        if (result.reason === "LOCKED") throw new Error(LOCKED_ERROR);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.uid as string;
      return session;
    },
  },
};
