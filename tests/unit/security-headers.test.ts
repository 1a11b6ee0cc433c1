import { describe, expect, it } from "vitest";
import { baseSecurityHeaders, contentSecurityPolicy, isInvoiceFileRoute, PDF_PREVIEW_POLICY } from "@/server/http/security-headers.ts";

describe("security headers", () => {
  it("allows only this request's scripts, and no framing", () => {
    const policy = contentSecurityPolicy({ nonce: "abc" });
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ nonce: "abc", dev: true })).toContain("'unsafe-eval'");
  });

  it("sends HSTS and upgrades requests only over https", () => {
    expect(baseSecurityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/^max-age=31536000/);
    expect(baseSecurityHeaders()).not.toHaveProperty("Strict-Transport-Security");
    expect(contentSecurityPolicy({ nonce: "n", https: true })).toContain("upgrade-insecure-requests");
    expect(baseSecurityHeaders()).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin" });
  });

  it("frames the invoice files by this site only, sandboxed", () => {
    expect(PDF_PREVIEW_POLICY).toContain("frame-ancestors 'self'");
    expect(PDF_PREVIEW_POLICY).toMatch(/(^|; )sandbox($|;)/);
    expect(isInvoiceFileRoute("/factures-recues/0f8e/documents/pdf")).toBe(true);
    expect(isInvoiceFileRoute("/factures-emises/0f8e/pieces-jointes/12")).toBe(true);
    expect(isInvoiceFileRoute("/factures-recues/0f8e")).toBe(false);
  });
});
