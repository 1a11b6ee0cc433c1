import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./options.ts";
import { decodeSessionToken } from "./session-token.ts";
import { readLiveSession } from "./user-sessions.ts";

/**
 * `administrator`: the user is an active platform administrator, read with the session at each request; it only shows
 * the header's Administration tab (the Administration pages and use cases check it again, requireAdministrator).
 */
export type CurrentUser = { id: string; email: string; nom: string; prenom: string; sessionId: string; administrator?: boolean };

/**
 * Where the request stands: no live session; a session that has given its password but not yet its second factor
 * (only the second-factor pages are open to it); or a signed-in session. Read once per request: the cookie, then one
 * query on the session's row and its user (src/server/auth/user-sessions.ts).
 */
export type SessionState = { status: "none" } | { status: "pending" | "signed-in"; user: CurrentUser };

/**
 * The session's row id, from next-auth's cookie. getServerSession ran next-auth's whole handler for it (its options, a
 * CSRF token, the callbacks, and a new token encrypted for a cookie that a server component cannot set). Reading the
 * cookie is the same check — the token decrypted with the secret, its expiry — without the rest (decision 0025): the
 * cookie's name and chunks as next-auth sets them (getToken), only the cookie (no bearer token in a header: pages are
 * opened by the browser's session), the key derived once per process. Without NEXTAUTH_SECRET (development outside
 * `npm start`), next-auth makes up its own secret: its handler reads the session then.
 */
async function sessionRowId(): Promise<unknown> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return ((await getServerSession(authOptions)) as { sid?: unknown } | null)?.sid;
  const jar = await cookies();
  const token = await getToken({
    req: { cookies: Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])), headers: {} } as never,
    secret,
    decode: ({ token }) => decodeSessionToken(token, secret),
  });
  return token?.sid;
}

export const getSessionState = cache(async (): Promise<SessionState> => {
  const sessionId = await sessionRowId();
  if (typeof sessionId !== "string") return { status: "none" };
  const live = await readLiveSession(sessionId);
  if (!live) return { status: "none" };
  return { status: live.secondFactorAt ? "signed-in" : "pending", user: { ...live.user, sessionId: live.id } };
});

/** The signed-in, still active user (password and second factor given, session not ended), or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const state = await getSessionState();
  return state.status === "signed-in" ? state.user : null;
});

async function returnQuery(returnTo: string | undefined): Promise<string> {
  const path = returnTo ?? (await headers()).get("x-pathname") ?? undefined;
  return path?.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? `retour=${encodeURIComponent(path)}` : "";
}

/** The login form (or, for a session waiting for its second factor, the second-factor page), coming back afterwards. */
async function redirectToLogin(state: SessionState, returnTo?: string): Promise<never> {
  const query = await returnQuery(returnTo);
  if (state.status === "pending") redirect(query ? `/double-authentification?${query}` : "/double-authentification");
  redirect(query ? `/?session=expiree&${query}` : "/?session=expiree");
}

/**
 * The signed-in user, or a redirect to the login form that brings the user back to the requested page
 * afterwards (the path set by src/server/http/page-headers.ts, or `returnTo`; only paths of this site are accepted). A session that has
 * not given its second factor is sent to the second-factor page.
 */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const state = await getSessionState();
  if (state.status === "signed-in") return state.user;
  return redirectToLogin(state, returnTo);
}

/**
 * For the second-factor pages and actions only: a live session, whether or not it has given its second factor yet
 * (`secondFactorDone` tells). Without one, the login form.
 */
export async function requireSession(returnTo?: string): Promise<CurrentUser & { secondFactorDone: boolean }> {
  const state = await getSessionState();
  if (state.status === "none") return redirectToLogin(state, returnTo);
  return { ...state.user, secondFactorDone: state.status === "signed-in" };
}
