// The API's door: the token endpoint (client credentials), bearer tokens, scopes, revocation, rate limits, problems.
import { afterEach, describe, expect, it } from "vitest";
import { signAccessToken } from "@/server/api/access-tokens.ts";
import { resetApiRateLimits } from "@/server/api/client-rate-limit.ts";
import { db } from "@/server/db.ts";
import { createPublicStructure } from "../factories.ts";
import { apiClient, apiFetch, requestToken, technicalAccount } from "./support/api-client.ts";

const siret = () => Array.from({ length: 14 }, () => Math.floor(Math.random() * 10)).join("");
const structure = () => createPublicStructure({ identifier: siret(), raisonSociale: "API TEST" });
const tokenRequest = (body: Record<string, string>, headers: Record<string, string> = {}) =>
  apiFetch("http://localhost/api/oauth/token", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, body: new URLSearchParams(body).toString() });

afterEach(async () => {
  delete process.env.API_RATE_LIMIT_PER_MINUTE;
  await resetApiRateLimits();
});

describe("token endpoint", () => {
  it("issues a short-lived bearer token to an application's credentials, in the body or by HTTP Basic", async () => {
    const account = await technicalAccount((await structure()).id, []);
    const response = await tokenRequest({ grant_type: "client_credentials", client_id: account.clientId, client_secret: account.clientSecret });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const body = (await response.json()) as Record<string, unknown>;
    // expires_in is counted from the expiry the library sets: a slow second makes it 599.
    expect(body).toMatchObject({ token_type: "Bearer", scope: "lecture ecriture" });
    expect(body.expires_in).toBeGreaterThanOrEqual(590);
    expect(body.expires_in).toBeLessThanOrEqual(600);
    expect(await requestToken(account, "lecture")).toMatch(/^ey/);
  });

  it("refuses a wrong secret, a revoked application, a scope the application lacks", async () => {
    const account = await technicalAccount((await structure()).id, [], ["lecture"]);
    // RFC 6749 §5.2: invalid_client is a 400, a 401 when the client authenticated with HTTP Basic.
    const wrong = await tokenRequest({ grant_type: "client_credentials", client_id: account.clientId, client_secret: "cs_faux" });
    expect([wrong.status, await wrong.json()]).toEqual([400, expect.objectContaining({ error: "invalid_client" })]);
    const basic = await tokenRequest({ grant_type: "client_credentials" }, { authorization: `Basic ${Buffer.from(`${account.clientId}:cs_faux`).toString("base64")}` });
    expect(basic.status).toBe(401);
    const scope = await tokenRequest({ grant_type: "client_credentials", client_id: account.clientId, client_secret: account.clientSecret, scope: "ecriture" });
    expect(scope.status).toBe(400);
    expect(await scope.json()).toMatchObject({ error: "invalid_scope" });
    await db.apiClient.update({ where: { id: account.apiClientId }, data: { revokedAt: new Date() } });
    expect((await tokenRequest({ grant_type: "client_credentials", client_id: account.clientId, client_secret: account.clientSecret })).status).toBe(400);
  });
});

describe("bearer tokens", () => {
  it("answers the public health-check without a token, with its request id", async () => {
    const { data, response } = await apiClient().GET("/transverses/health-check");
    expect(data?.status).toBe("ok");
    expect(response.headers.get("x-request-id")).toBeTruthy();
  });

  it("publishes an OpenAPI 3.1 document", async () => {
    const response = await apiFetch("http://localhost/api/v1/openapi.json");
    expect(((await response.json()) as { openapi: string }).openapi).toBe("3.1.0");
  });

  it("answers 401 with WWW-Authenticate and a problem+json without a token, with a bad one, and once the application is revoked", async () => {
    const account = await technicalAccount((await structure()).id, []);
    const token = await requestToken(account);
    const call = (authorization?: string) => apiFetch("http://localhost/api/v1/structures/rechercher", { method: "POST", headers: authorization ? { authorization } : {}, body: "{}" });
    const missing = await call();
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer realm="api"/);
    expect(missing.headers.get("content-type")).toBe("application/problem+json");
    expect(((await missing.json()) as { code: string }).code).toBe("UNAUTHENTICATED");
    expect((await call("Bearer nimportequoi")).headers.get("www-authenticate")).toContain('error="invalid_token"');
    await db.apiClient.update({ where: { id: account.apiClientId }, data: { revokedAt: new Date() } });
    expect((await call(`Bearer ${token}`)).status).toBe(401);
  });

  it("refuses a token signed before the secret's rotation, or for another technical account", async () => {
    const account = await technicalAccount((await structure()).id, []);
    const other = await technicalAccount((await structure()).id, []);
    const { authenticateApiCall } = await import("@/server/api/api-caller.ts");
    const request = (token: string) => new Request("http://localhost/api/v1/x", { headers: { authorization: `Bearer ${token}` } });
    const old = await signAccessToken({ userId: account.userId, clientId: account.apiClientId, scopes: ["lecture"] }, new Date(Date.now() + 1_000));
    await expect(authenticateApiCall(request(old))).resolves.toMatchObject({ userId: account.userId });
    await db.apiClient.update({ where: { id: account.apiClientId }, data: { secretRotatedAt: new Date(Date.now() + 3_000) } });
    await expect(authenticateApiCall(request(old))).rejects.toMatchObject({ status: 401 });
    const stolen = await signAccessToken({ userId: other.userId, clientId: account.apiClientId, scopes: ["lecture"] });
    await expect(authenticateApiCall(request(stolen))).rejects.toMatchObject({ status: 401 });
  });
});

describe("rate limits", () => {
  it("answers 429 with Retry-After once a client has spent its calls", async () => {
    const { takeApiCall } = await import("@/server/api/client-rate-limit.ts");
    const limit = { perMinute: 60, burst: 3 };
    const now = Date.now();
    for (let call = 0; call < 3; call++) await takeApiCall("client-a", limit, now);
    await expect(takeApiCall("client-a", limit, now)).rejects.toMatchObject({ status: 429, headers: { "Retry-After": "1" } });
    await expect(takeApiCall("client-b", limit, now)).resolves.toBeUndefined();
    await expect(takeApiCall("client-a", limit, now + 1_000)).resolves.toBeUndefined();
    // The call of a second later took the one token it refilled: none is left at that moment.
    await expect(takeApiCall("client-a", limit, now + 1_000)).rejects.toMatchObject({ status: 429 });
  });

  it("counts the calls of concurrent requests all in one bucket, as the instances of the portal share it", async () => {
    const { takeApiCall } = await import("@/server/api/client-rate-limit.ts");
    const limit = { perMinute: 600, burst: 10 };
    const now = Date.now();
    const results = await Promise.allSettled(Array.from({ length: 25 }, () => takeApiCall("client-c", limit, now)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(10);
    expect(results.filter((result) => result.status === "rejected")).toHaveLength(15);
  });
});
