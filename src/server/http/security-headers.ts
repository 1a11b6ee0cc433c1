// The security headers of every response (set by src/server/http/page-headers.ts for pages and route handlers, by next.config.ts for
// the static files). Pure: no I/O.
//
// Scripts: only those carrying this request's nonce (Next.js puts it on its own scripts when the request's
// Content-Security-Policy names it; the DSFR's inline script gets it from <DsfrHead nonce>), and what they load
// ('strict-dynamic'). Styles: the DSFR and React write style attributes, so inline styles stay allowed (a style
// cannot run code). Images and fonts: this site and data: URLs (the DSFR's icons). The captcha solves its proof
// of work in web workers (same origin or blob:). Nothing may frame a page.

export type PolicyOptions = { nonce: string; dev?: boolean; https?: boolean };

export function contentSecurityPolicy({ nonce, dev = false, https = false }: PolicyOptions): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    // The invoice page shows the invoice's PDF from this site in an <iframe>.
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * The invoice PDF shown inside the invoice page: framed by this site only, and sandboxed (no script, no form, no
 * navigation of the page, its own opaque origin), should a crafted file be read as anything but a PDF.
 */
export const PDF_PREVIEW_POLICY = "default-src 'none'; frame-ancestors 'self'; sandbox";

/** The routes that serve an invoice's files (PDF shown inline, or downloads). */
export function isInvoiceFileRoute(pathname: string): boolean {
  return /^\/(factures-recues|factures-a-valider|factures-emises)\/[^/]+\/(documents|pieces-jointes)\/[^/]+\/?$/.test(pathname);
}

/** One year, as the HSTS preload list asks; only over https (a browser ignores it over http anyway). */
export const HSTS = "max-age=31536000; includeSubDomains";

/** The headers every response carries, whatever its content (CSP apart: per response). */
export function baseSecurityHeaders({ https = false }: { https?: boolean } = {}): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/** Whether the portal is served over https: its public address (NEXTAUTH_URL) says so. */
export function servedOverHttps(publicUrl = process.env.NEXTAUTH_URL): boolean {
  return !!publicUrl && publicUrl.trim().toLowerCase().startsWith("https://");
}
