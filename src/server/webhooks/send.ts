// One POST to a subscriber, guarded against SSRF: the host is resolved once, by the connection itself, through a
// lookup that refuses the whole resolution when any address it gives is one the portal must not call (so there is
// no window between a check and the connection for a DNS answer to change); a literal IP address is checked before,
// as Node connects to it without a lookup. No redirect is followed (node:http follows none), the whole exchange is
// bounded in time, and only the start of the answer is read.
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { ADDRESS_CATEGORY_LABELS, forbiddenAddressCategory } from "./private-addresses.ts";
import { checkWebhookUrl, forbiddenAddressMessage } from "./url-check.ts";

export const WEBHOOK_TIMEOUT_MS = 10_000;
/** Bytes of the answer read at most: what is kept of it is its first 1,000 characters. */
const MAX_READ_BYTES = 8 * 1024;

/** The URL or the address it resolves to is one the portal does not call: not worth retrying. */
export class ForbiddenDestinationError extends Error {}

export type WebhookAnswer = { statusCode: number; body: string };

/** dns.lookup, refusing a resolution that gives any forbidden address (unless private networks are allowed). */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const forbidden = allowPrivate ? undefined : addresses.find((entry) => forbiddenAddressCategory(entry.address));
      if (forbidden) {
        const label = ADDRESS_CATEGORY_LABELS[forbiddenAddressCategory(forbidden.address)!];
        return callback(new ForbiddenDestinationError(forbiddenAddressMessage(`${hostname} (${forbidden.address})`, label)), "", 0);
      }
      if (addresses.length === 0) return callback(Object.assign(new Error(`Aucune adresse pour ${hostname}.`), { code: "ENOTFOUND" }), "", 0);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** POSTs `body` to `url`; the answer's status and start, or throws (network error, timeout, forbidden destination). */
export function postWebhook(url: string, body: string, headers: Record<string, string>, options: { allowPrivate: boolean; timeoutMs?: number }): Promise<WebhookAnswer> {
  const refusal = checkWebhookUrl(url, options.allowPrivate);
  if (refusal) return Promise.reject(new ForbiddenDestinationError(refusal));
  const target = new URL(url);
  const transport = target.protocol === "https:" ? https : http;
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  return new Promise<WebhookAnswer>((resolve, reject) => {
    const request = transport.request(
      {
        protocol: target.protocol,
        hostname: target.hostname.replace(/^\[(.*)\]$/, "$1"),
        port: target.port || undefined,
        path: `${target.pathname}${target.search}`,
        method: "POST",
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
        lookup: guardedLookup(options.allowPrivate),
        // A connection of its own each time: a kept-alive socket would skip the lookup's check.
        agent: false,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let read = 0;
        let settled = false;
        const finish = () => {
          if (settled) return;
          settled = true;
          resolve({ statusCode: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8").slice(0, 1000) });
        };
        response.on("data", (chunk: Buffer) => {
          if (read < MAX_READ_BYTES) chunks.push(chunk.subarray(0, MAX_READ_BYTES - read));
          read += chunk.length;
          if (read >= MAX_READ_BYTES) {
            finish();
            response.destroy();
          }
        });
        response.on("end", finish);
        response.on("close", finish);
        response.on("error", finish);
      },
    );
    request.on("error", (error: Error) => {
      if (error instanceof ForbiddenDestinationError) return reject(error);
      if (error.name === "AbortError" || error.name === "TimeoutError") return reject(new Error(`Pas de réponse en ${timeoutMs / 1000} s.`));
      const code = (error as NodeJS.ErrnoException).code;
      reject(new Error(code ? `${code} : ${error.message}` : error.message));
    });
    request.end(body);
  });
}
