// The HTTP server in front of Next.js (src/server/http/portal-server.ts, as scripts/serve.ts runs it), with a
// handler that logs in as next-auth's authorize() does: real requests, real login throttles in PostgreSQL.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateUser } from "@/features/accounts/use-cases/authenticate-user.ts";
import { parseTrustedProxies } from "@/server/http/client-ip.ts";
import { createPortalServer } from "@/server/http/portal-server.ts";
import { CLIENT_IP_KEY_ENV, vouchedClientIpOf } from "@/server/http/request-client.ts";
import { createUser, PASSWORD } from "./factories.ts";

const KEY = "clef-de-test-du-serveur";
const servers: http.Server[] = [];

async function start(trustedProxies?: string): Promise<string> {
  const server = createPortalServer({
    trusted: parseTrustedProxies(trustedProxies),
    ipKey: KEY,
    actionOf: (id) => (id === "action-depot" ? { filename: "src/features/invoices/deposit-actions.ts", exportedName: "depositInvoiceFileAction" } : null),
    handle: async (request: IncomingMessage, response: ServerResponse) => {
      const ip = vouchedClientIpOf(request.headers as Record<string, string>);
      const url = new URL(request.url!, "http://x");
      if (url.pathname === "/login") {
        const result = await authenticateUser({ email: url.searchParams.get("email")!, password: url.searchParams.get("password")!, ip });
        response.end(JSON.stringify({ ip, result }));
        return;
      }
      request.resume();
      const seen = Object.fromEntries(["x-request-id", "x-pathname", "x-nonce", "content-security-policy"].map((name) => [name, request.headers[name]]));
      request.on("end", () => response.end(JSON.stringify({ ip, seen })));
    },
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function send(url: string, options: { method?: string; headers?: Record<string, string | string[]>; body?: string } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? "GET", headers: options.headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, body }));
    });
    request.on("error", reject);
    request.end(options.body);
  });
}

async function login(base: string, email: string, password: string, forwardedFor?: string) {
  const { body } = await send(`${base}/login?email=${encodeURIComponent(email)}&password=${encodeURIComponent(password)}`, {
    headers: forwardedFor ? { "X-Forwarded-For": forwardedFor, "X-Real-IP": forwardedFor } : {},
  });
  return JSON.parse(body) as { ip: string | null; result: Awaited<ReturnType<typeof authenticateUser>> };
}

beforeAll(() => {
  process.env[CLIENT_IP_KEY_ENV] = KEY;
});
afterAll(async () => {
  delete process.env[CLIENT_IP_KEY_ENV];
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

describe("the client address of a login", () => {
  it("is the socket's: rotating X-Forwarded-For does not defeat the per-address slow-down", async () => {
    const base = await start();
    const user = await createUser();
    const answers = [];
    for (let i = 1; i <= 5; i++) answers.push(await login(base, user.loginEmail, `faux-${i}`, `203.0.113.${i}`));
    expect(answers.map((a) => a.ip)).toEqual(Array(5).fill("127.0.0.1"));
    // Four failures from one address on one account: the fifth try waits, whatever address the header claims.
    expect(answers[4].result).toMatchObject({ ok: false, reason: "DELAYED" });
  });

  it("cannot be written by the client, even in the header the server uses to tell the app", async () => {
    const base = await start();
    const { body } = await send(`${base}/autre`, { headers: { "X-Portail-Client-Ip": "9.9.9.9", "x-portail-client-ip-proof": "faux" } });
    expect(JSON.parse(body).ip).toBe("127.0.0.1");
  });

  it("behind a trusted proxy, is the last address that proxy saw, not what the client wrote before it", async () => {
    const base = await start("loopback");
    expect((await login(base, "quelquun@exemple.fr", "x", "1.2.3.4, 198.51.100.7")).ip).toBe("198.51.100.7");
    const { body } = await send(`${base}/autre`, { headers: { "X-Real-IP": "198.51.100.8" } });
    expect(JSON.parse(body).ip).toBe("198.51.100.8");
  });

  it("behind a trusted proxy, counts each client under its own address", async () => {
    const base = await start("loopback");
    const user = await createUser();
    for (let i = 1; i <= 4; i++) await login(base, user.loginEmail, `faux-${i}`, "198.51.100.20");
    expect((await login(base, user.loginEmail, PASSWORD, "198.51.100.20")).result).toMatchObject({ reason: "DELAYED" });
    expect((await login(base, user.loginEmail, PASSWORD, "198.51.100.21")).result.ok).toBe(true);
  });
});

describe("the headers the server gives the app", () => {
  it("replaces the client's nonce, path and policy with its own, and answers with the security headers", async () => {
    const base = await start();
    const forged = { "X-Nonce": "forge", "X-Pathname": "//ailleurs.example", "Content-Security-Policy": "script-src *" };
    const first = await new Promise<{ headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      http.get(`${base}/factures-recues?page=2`, { headers: { ...forged, "X-Request-Id": "lb-7" } }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ headers: response.headers, body }));
      }).on("error", reject);
    });
    const { seen } = JSON.parse(first.body) as { seen: Record<string, string> };
    expect(seen["x-pathname"]).toBe("/factures-recues?page=2");
    expect(seen["x-nonce"]).not.toBe("forge");
    expect(seen["content-security-policy"]).toContain(`'nonce-${seen["x-nonce"]}'`);
    expect(seen["x-request-id"]).toBe("lb-7");
    expect(first.headers["x-request-id"]).toBe("lb-7");
    expect(first.headers["content-security-policy"]).toBe(seen["content-security-policy"]);
    expect(first.headers["x-content-type-options"]).toBe("nosniff");
  });
});

describe("request bodies, per route", () => {
  it("refuses a large login with 413 and a French message, before reading it", async () => {
    const base = await start();
    const refused = await send(`${base}/api/auth/callback/credentials`, { method: "POST", headers: { "Content-Length": String(200 * 1024) } });
    expect(refused.status).toBe(413);
    expect(refused.body).toBe("La requête est trop volumineuse : 64 Ko au plus pour cette page (reçu 200 Ko).");
    expect((await send(`${base}/api/auth/callback/credentials`, { method: "POST", body: "email=a%40b.fr&password=x" })).status).toBe(200);
  });

  it("gives megabytes only to a deposit action of a signed-in browser", async () => {
    const base = await start();
    const fiveMegabytes = { "Content-Length": String(5 * 1024 * 1024), "Next-Action": "action-depot" };
    expect((await send(`${base}/factures-emises/depot`, { method: "POST", headers: fiveMegabytes })).status).toBe(413);
    const signedIn = await send(`${base}/factures-emises/depot`, { method: "POST", headers: { ...fiveMegabytes, Cookie: "next-auth.session-token=abc" }, body: "x".repeat(5 * 1024 * 1024) });
    expect(signedIn.status).toBe(200);
    // Any other action (an unknown id included) gets the ordinary limit.
    const other = await send(`${base}/factures-emises/depot`, { method: "POST", headers: { ...fiveMegabytes, "Next-Action": "autre", Cookie: "next-auth.session-token=abc" } });
    expect(other.status).toBe(413);
  });

  it("refuses a body without a length (chunked) with 411", async () => {
    const base = await start();
    const chunked = await send(`${base}/inscription`, { method: "POST", headers: { "Transfer-Encoding": "chunked" }, body: "abc" });
    expect(chunked.status).toBe(411);
    expect(chunked.body).toContain("Content-Length");
  });
});
