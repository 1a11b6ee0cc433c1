// next-auth's settings that reading a session needs: JWT, cookies' lifetime, the session's row id in the token, and
// the revocation at « Se déconnecter ». The providers that open a session (the accounts area's login and password) are
// added by the route src/app/api/auth/[...nextauth]/route.ts: getServerSession only decodes the token and needs none.
import type { NextAuthOptions } from "next-auth";
import { config } from "../config.ts";
import { revokeSession } from "./user-sessions.ts";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: config.sessionMaxAgeSeconds, updateAge: 5 * 60 },
  jwt: { maxAge: config.sessionMaxAgeSeconds },
  pages: { signIn: "/", error: "/" },
  providers: [],
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
