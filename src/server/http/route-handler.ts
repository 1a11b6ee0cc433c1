// The one way a route handler (src/app/**/route.ts) is built, as userAction is for server actions: the session is
// checked, the path's params are parsed with zod (a malformed id answers 404, exactly as another structure's), the use
// case runs, and what it refuses (an AppError) becomes its HTTP status with a French plain-text body. Every answer is
// private, never stored, never sniffed — so no route can skip a step.
// The one route not built here is next-auth's own handler (api/auth/[...nextauth]): it checks its CSRF token and
// writes its session cookies and redirects itself.
import type { z } from "zod";
import { getCurrentUser, requireUser, type CurrentUser } from "../auth/session.ts";
import { AppError } from "../errors.ts";
import { PRIVATE_HEADERS, textResponse } from "./responses.ts";

export const SESSION_EXPIRED_MESSAGE = "Session expirée : reconnectez-vous.";

/**
 * Who may call the route: "user", a signed-in user, anyone else being sent to the login form (a link followed from a
 * page); "user-or-401", the same but answered 401 (an export fetched by the page); "public", anyone.
 */
type Access = "user" | "user-or-401" | "public";

type RouteSpec<A extends Access, Params extends z.ZodType> = {
  access: A;
  /** The path's params (the [segments]), each checked: a malformed one is answered as a missing one. */
  params?: Params;
  /** The body of every 404 (malformed params, or what the use case does not find): one answer, nothing leaks. */
  notFound?: string;
  run: (input: { params: z.output<Params>; request: Request; user: A extends "public" ? null : CurrentUser }) => Promise<Response>;
};

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/** What Next calls; the public routes take no request (GET() in the tests). */
export type RouteHandler = (request?: Request, context?: RouteContext) => Promise<Response>;

async function userOf(access: Access): Promise<CurrentUser | null | "signed-out"> {
  if (access === "public") return null;
  if (access === "user") return requireUser();
  return (await getCurrentUser()) ?? "signed-out";
}

export function routeHandler<A extends Access, Params extends z.ZodType = z.ZodType<Record<string, never>>>(spec: RouteSpec<A, Params>): RouteHandler {
  return async (request = new Request("http://localhost/"), context) => {
    const user = await userOf(spec.access);
    if (user === "signed-out") return textResponse(SESSION_EXPIRED_MESSAGE, 401);
    let params: z.output<Params> = {} as z.output<Params>;
    if (spec.params) {
      const parsed = spec.params.safeParse(await context?.params);
      if (!parsed.success) return textResponse(spec.notFound ?? "Page introuvable.", 404);
      params = parsed.data;
    }
    let response: Response;
    try {
      response = await spec.run({ params, request, user: user as A extends "public" ? null : CurrentUser });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return textResponse(error.code === "NOT_FOUND" && spec.notFound ? spec.notFound : error.message, error.httpStatus);
    }
    for (const [name, value] of Object.entries(PRIVATE_HEADERS)) if (!response.headers.has(name)) response.headers.set(name, value);
    return response;
  };
}
