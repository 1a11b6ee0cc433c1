import { NextResponse, type NextRequest } from "next/server";

export const REQUEST_ID_HEADER = "x-request-id";
/** The path asked for, so that a page can send a signed-out user back to it after login. */
export const PATHNAME_HEADER = "x-pathname";

/**
 * Gives every request an id (kept when a proxy in front already set one), passed to the app and returned to
 * the client; and passes the requested path to the app.
 */
export function proxy(request: NextRequest) {
  const requestId = request.headers.get(REQUEST_ID_HEADER) || crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  headers.set(PATHNAME_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|dsfr/).*)"],
};
