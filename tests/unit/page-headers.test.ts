// The headers the server in front of Next.js gives every page and route handler (src/server/http/page-headers.ts).
import { describe, expect, it } from "vitest";
import { NONCE_HEADER, PATHNAME_HEADER, pageHeaders, REQUEST_ID_HEADER } from "@/server/http/page-headers.ts";
import { PDF_PREVIEW_POLICY } from "@/server/http/security-headers.ts";

function run(url: string, givenRequestId?: string, options = { dev: false, https: false }) {
  const response = new Map<string, string>();
  const request = pageHeaders(url, givenRequestId, { setHeader: (name, value) => response.set(name.toLowerCase(), value) }, options);
  return { request, response };
}

describe("pageHeaders", () => {
  it("gives a page an id, its path, a nonce named by its policy, and the security headers", () => {
    const { request, response } = run("/factures-recues?page=2");
    expect(request![PATHNAME_HEADER]).toBe("/factures-recues?page=2");
    expect(request![REQUEST_ID_HEADER]).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.get(REQUEST_ID_HEADER)).toBe(request![REQUEST_ID_HEADER]);
    const nonce = request![NONCE_HEADER];
    expect(request!["content-security-policy"]).toContain(`'nonce-${nonce}'`);
    expect(response.get("content-security-policy")).toBe(request!["content-security-policy"]);
    expect(response.get("x-content-type-options")).toBe("nosniff");
    expect(response.get("strict-transport-security")).toBeUndefined();
  });

  it("draws a new nonce for each request", () => {
    expect(run("/").request![NONCE_HEADER]).not.toBe(run("/").request![NONCE_HEADER]);
  });

  it("keeps a valid request id given by a proxy in front, and replaces any other", () => {
    expect(run("/", "lb-42.a:b").request![REQUEST_ID_HEADER]).toBe("lb-42.a:b");
    expect(run("/", "bad id\r\n").request![REQUEST_ID_HEADER]).toMatch(/^[0-9a-f-]{36}$/);
    expect(run("/", "x".repeat(101)).request![REQUEST_ID_HEADER]).toHaveLength(36);
  });

  it("sandboxes an invoice's files and adds HSTS over https, 'unsafe-eval' in development only", () => {
    expect(run("/factures-recues/abc/documents/def").response.get("content-security-policy")).toBe(PDF_PREVIEW_POLICY);
    expect(run("/", undefined, { dev: false, https: true }).response.get("strict-transport-security")).toMatch(/max-age=/);
    expect(run("/", undefined, { dev: true, https: false }).request!["content-security-policy"]).toContain("'unsafe-eval'");
    expect(run("/").request!["content-security-policy"]).not.toContain("'unsafe-eval'");
  });

  it("leaves the static files alone (next.config.ts gives them their headers)", () => {
    for (const url of ["/_next/static/chunks/a.js", "/_next/image?url=x", "/favicon.ico", "/dsfr/dsfr.min.css"]) {
      const { request, response } = run(url);
      expect(request, url).toBeNull();
      expect(response.size, url).toBe(0);
    }
  });
});
