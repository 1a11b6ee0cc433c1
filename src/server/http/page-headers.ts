// What every page and route handler gets from the HTTP server in front of Next.js (portal-server.ts), before Next.js
// sees the request: an id, the path asked for, a Content-Security-Policy nonce, and the security headers of the
// response. A Next.js proxy (middleware) did this until decision 0025's fifth pass: Next.js then made a web Request, a
// NextResponse and a copy of every header for each page, about a tenth of a bare page's CPU, for four headers.
// Static files (/_next/static, /dsfr, the favicon) get their headers from next.config.ts instead.
import { randomUUID } from "node:crypto";
import { baseSecurityHeaders, contentSecurityPolicy, isInvoiceFileRoute, PDF_PREVIEW_POLICY } from "./security-headers.ts";

export const REQUEST_ID_HEADER = "x-request-id";
/** The path asked for, so that a page can send a signed-out user back to it after login. */
export const PATHNAME_HEADER = "x-pathname";
/** This request's CSP nonce, for the scripts a page writes itself (<DsfrHead nonce>). */
export const NONCE_HEADER = "x-nonce";
/** Next.js reads the nonce for its own scripts from the request's policy. */
export const POLICY_HEADER = "content-security-policy";

const STATIC_FILE = /^\/(?:_next\/static|_next\/image|favicon\.ico|dsfr\/)/;
const REQUEST_ID = /^[\w.:-]{1,100}$/;

export type PageHeaderOptions = { dev: boolean; https: boolean };

/**
 * The request headers this server sets for the app (replacing any the client sent under these names; a valid request id
 * given by a proxy in front is kept), after setting the response's security headers. Null for a static file.
 */
export function pageHeaders(url: string, givenRequestId: string | undefined, response: { setHeader(name: string, value: string): unknown }, options: PageHeaderOptions): Record<string, string> | null {
  const pathname = url.split("?", 1)[0];
  if (STATIC_FILE.test(pathname)) return null;
  const requestId = givenRequestId && REQUEST_ID.test(givenRequestId) ? givenRequestId : randomUUID();
  const nonce = Buffer.from(randomUUID()).toString("base64");
  const policy = contentSecurityPolicy({ nonce, dev: options.dev, https: options.https });
  response.setHeader(REQUEST_ID_HEADER, requestId);
  for (const [name, value] of Object.entries(baseSecurityHeaders({ https: options.https }))) response.setHeader(name, value);
  // An invoice's files: its PDF is framed by the invoice page only, sandboxed (the same policy as the route's own).
  response.setHeader("Content-Security-Policy", isInvoiceFileRoute(pathname) ? PDF_PREVIEW_POLICY : policy);
  return { [REQUEST_ID_HEADER]: requestId, [PATHNAME_HEADER]: url, [NONCE_HEADER]: nonce, [POLICY_HEADER]: policy };
}
