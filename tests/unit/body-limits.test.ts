import { describe, expect, it } from "vitest";
import { bodyLimitFor, checkBody, DEFAULT_BODY_BYTES, LARGE_ACTIONS, PUBLIC_FORM_BODY_BYTES } from "@/server/http/body-limits.ts";

const action = (exportedName: string, filename = "src/features/invoices/deposit-actions.ts") => ({ filename, exportedName });
const request = (overrides: Partial<Parameters<typeof checkBody>[0]>) => ({
  method: "POST",
  path: "/",
  contentLength: "10",
  transferEncoding: undefined,
  action: null,
  signedIn: false,
  ...overrides,
});

describe("request body limits", () => {
  it("keeps the login, the captcha and the signed-out account forms small", () => {
    expect(bodyLimitFor({ path: "/api/auth/callback/credentials", action: null, signedIn: false })).toBe(PUBLIC_FORM_BODY_BYTES);
    expect(bodyLimitFor({ path: "/inscription", action: action("createAccountAction", "src/features/accounts/actions.ts"), signedIn: false })).toBe(PUBLIC_FORM_BODY_BYTES);
  });

  it("gives a deposit action its own limit, only with a session cookie", () => {
    expect(bodyLimitFor({ path: "/factures-emises/depot", action: action("depositBatchAction"), signedIn: true })).toBe(LARGE_ACTIONS.depositBatchAction);
    expect(bodyLimitFor({ path: "/factures-emises/depot", action: action("depositBatchAction"), signedIn: false })).toBe(DEFAULT_BODY_BYTES);
    expect(bodyLimitFor({ path: "/factures-emises/depot", action: action("sendInvoiceAction"), signedIn: true })).toBe(DEFAULT_BODY_BYTES);
  });

  it("answers 413 over the limit, 411 for a chunked body, and lets a bodiless request through", () => {
    expect(checkBody(request({ contentLength: String(PUBLIC_FORM_BODY_BYTES + 1), path: "/api/auth/signin" }))).toMatchObject({ ok: false, status: 413 });
    expect(checkBody(request({ contentLength: "12abc" }))).toMatchObject({ ok: false, status: 413 });
    expect(checkBody(request({ contentLength: undefined, transferEncoding: "chunked" }))).toMatchObject({ ok: false, status: 411 });
    expect(checkBody(request({ method: "GET", contentLength: undefined }))).toEqual({ ok: true });
    expect(checkBody(request({ contentLength: String(DEFAULT_BODY_BYTES) }))).toEqual({ ok: true });
  });
});

describe("the API's deposits", () => {
  it("lets the operations that take files in base64 through the HTTP server, up to their own limit and no further", async () => {
    const { API_OPERATIONS } = await import("@/features/api/index.ts");
    const { LARGE_API_PATHS } = await import("@/server/http/body-limits.ts");
    // Every operation that takes more than the default body (its files in base64) has its line, and no other.
    const large = API_OPERATIONS.filter((operation) => (operation.maxBodyBytes ?? 0) > DEFAULT_BODY_BYTES).map((operation) => [`/api/v1${operation.path}`, operation.maxBodyBytes!] as const);
    expect(large.map(([path]) => path).sort()).toEqual(Object.keys(LARGE_API_PATHS).sort());
    for (const [path, operationLimit] of large) {
      const limit = bodyLimitFor({ path, action: null, signedIn: false });
      expect(limit).toBe(LARGE_API_PATHS[path]);
      expect(limit).toBeGreaterThanOrEqual(operationLimit);
      expect(limit).toBeLessThan(operationLimit * 1.05);
      expect(checkBody(request({ path, contentLength: String(operationLimit) }))).toEqual({ ok: true });
      expect(checkBody(request({ path, contentLength: String(limit + 1) }))).toMatchObject({ ok: false, status: 413 });
    }
    // A flux of 100 MB, in base64, is more than a third larger: the default limit would refuse it.
    const { DEPOSER_FLUX_MAX_BODY_BYTES } = await import("@/features/api/index.ts");
    expect(DEPOSER_FLUX_MAX_BODY_BYTES).toBeGreaterThan((100 * 1024 * 1024 * 4) / 3);
    expect(bodyLimitFor({ path: "/api/v1/factures/soumettre", action: null, signedIn: false })).toBe(DEFAULT_BODY_BYTES);
  });
});
