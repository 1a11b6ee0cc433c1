import { NextResponse, type NextRequest } from "next/server";
import { baseSecurityHeaders, contentSecurityPolicy, isInvoiceFileRoute, PDF_PREVIEW_POLICY, servedOverHttps } from "@/server/http/security-headers.ts";

export const REQUEST_ID_HEADER = "x-request-id";
/** The path asked for, so that a page can send a signed-out user back to it after login. */
export const PATHNAME_HEADER = "x-pathname";
/** This request's CSP nonce, for the scripts a page writes itself (<DsfrHead nonce>). */
export const NONCE_HEADER = "x-nonce";

/**
 * Gives every request an id (kept when a proxy in front already set one), passed to the app and returned to
 * the client; and passes the requested path to the app.
 */
export function proxy(request: NextRequest) {
  const given = request.headers.get(REQUEST_ID_HEADER);
  const requestId = given && /^[\w.:-]{1,100}$/.test(given) ? given : crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  headers.set(PATHNAME_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  // A fresh nonce per request: Next.js reads it from the request's Content-Security-Policy and puts it on its scripts.
  const nonce = btoa(crypto.randomUUID());
  const https = servedOverHttps();
  const policy = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https });
  headers.set(NONCE_HEADER, nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  for (const [name, value] of Object.entries(baseSecurityHeaders({ https }))) response.headers.set(name, value);
  // An invoice's files: its PDF is framed by the invoice page only, sandboxed (the same policy as the route's own).
  response.headers.set("Content-Security-Policy", isInvoiceFileRoute(request.nextUrl.pathname) ? PDF_PREVIEW_POLICY : policy);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|dsfr/).*)"],
};
