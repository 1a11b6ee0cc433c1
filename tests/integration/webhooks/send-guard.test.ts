// The connection of a delivery (src/server/webhooks/send.ts) over real sockets: a host name is resolved by the
// connection's own lookup, which refuses a resolution to the portal's own network — the request never leaves — and
// otherwise connects to the address it checked; a receiver that does not answer is given up after the timeout.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenDestinationError, guardedLookup, postWebhook } from "@/server/webhooks/send.ts";

let contacted = 0;
let silent = false;
const server = http.createServer((request, response) => {
  contacted++;
  request.resume();
  if (silent) return; // never answers
  request.on("end", () => response.end("reçu"));
});
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A request by host name through the guarded lookup, as postWebhook makes it. */
function requestThroughLookup(allowPrivate: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname: "localhost", port, path: "/", method: "POST", family: 4, lookup: guardedLookup(allowPrivate), agent: false }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
    request.end("{}");
  });
}

describe("the delivery's connection", () => {
  it("refuses a host name that resolves to a loopback address: the connection is never made", async () => {
    const before = contacted;
    const refusal = await requestThroughLookup(false).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ForbiddenDestinationError);
    expect((refusal as Error).message).toMatch(/^Les webhooks ne sont pas envoyés vers localhost \(127\.0\.0\.1\) : adresse de bouclage/);
    expect(contacted).toBe(before);
  });

  it("connects through the same lookup to the address it resolved when private networks are allowed", async () => {
    expect(await requestThroughLookup(true)).toBe(200);
    const answer = await postWebhook(`http://localhost:${port}/hook`, "{}", { "content-type": "application/json" }, { allowPrivate: true });
    expect(answer).toEqual({ statusCode: 200, body: "reçu" });
  });

  it("refuses the URL before any connection when private networks are not allowed", async () => {
    const before = contacted;
    await expect(postWebhook(`https://127.0.0.1:${port}/hook`, "{}", {}, { allowPrivate: false })).rejects.toBeInstanceOf(ForbiddenDestinationError);
    await expect(postWebhook(`https://localhost:${port}/hook`, "{}", {}, { allowPrivate: false })).rejects.toBeInstanceOf(ForbiddenDestinationError);
    expect(contacted).toBe(before);
  });

  it("gives up on a receiver that does not answer within the timeout", async () => {
    silent = true;
    try {
      await expect(postWebhook(`http://127.0.0.1:${port}/hook`, "{}", {}, { allowPrivate: true, timeoutMs: 300 })).rejects.toThrow("Pas de réponse en 0.3 s.");
    } finally {
      silent = false;
    }
  });
});
