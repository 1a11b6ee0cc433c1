// The Node HTTP server in front of Next.js's request handler (started by scripts/serve.ts): for every request, the
// client's address vouched for the app (socket, or X-Forwarded-For behind TRUSTED_PROXIES), the request id, path,
// CSP nonce and security headers (page-headers.ts), and the body size checked per route before a byte of it is read.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { BlockList } from "node:net";
import { checkBody, type BodyRequest } from "./body-limits.ts";
import { clientAddress } from "./client-ip.ts";
import { NONCE_HEADER, PATHNAME_HEADER, pageHeaders, POLICY_HEADER, REQUEST_ID_HEADER, type PageHeaderOptions } from "./page-headers.ts";
import { CLIENT_IP_HEADER, CLIENT_IP_PROOF_HEADER, clientIpProof } from "./request-client.ts";

export type PortalServerOptions = {
  handle: (request: IncomingMessage, response: ServerResponse) => unknown;
  trusted: BlockList;
  /** The key of request-client.ts's proof (PORTAIL_CLIENT_IP_KEY of this process). */
  ipKey: string;
  /** The server action a Next-Action id names, from the build's manifest. */
  actionOf?: (id: string) => BodyRequest["action"];
  log?: (entry: Record<string, unknown>) => void;
  /** Development server (its CSP lets React's error overlay run), served over https (HSTS). */
  pageHeaderOptions?: PageHeaderOptions;
};

/** The request headers only this server sets: any the client sent under these names is removed first. */
const OWN_HEADERS = new Set([CLIENT_IP_HEADER, CLIENT_IP_PROOF_HEADER, REQUEST_ID_HEADER, PATHNAME_HEADER, NONCE_HEADER, POLICY_HEADER]);
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const SESSION_COOKIE = /(^|;\s*)(__Secure-|__Host-)?next-auth\.session-token(\.\d+)?=/;

/**
 * Removes the headers only this server may set, however the client spelled them; then sets the client's address (with
 * its proof) and `ownHeaders`. Returns the address.
 */
export function vouchClientAddress(request: IncomingMessage, trusted: BlockList, ipKey: string, ownHeaders: Record<string, string> | null = null): string | null {
  const ip = clientAddress(request.socket.remoteAddress, { forwardedFor: request.headers["x-forwarded-for"], realIp: request.headers["x-real-ip"] }, trusted);
  for (const name of OWN_HEADERS) delete request.headers[name];
  const raw: string[] = [];
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    if (!OWN_HEADERS.has(request.rawHeaders[i].toLowerCase())) raw.push(request.rawHeaders[i], request.rawHeaders[i + 1]);
  }
  const set = (name: string, value: string) => {
    request.headers[name] = value;
    raw.push(name, value);
  };
  if (ip) {
    set(CLIENT_IP_HEADER, ip);
    set(CLIENT_IP_PROOF_HEADER, clientIpProof(ip, ipKey));
  }
  for (const [name, value] of Object.entries(ownHeaders ?? {})) set(name, value);
  request.rawHeaders.splice(0, request.rawHeaders.length, ...raw);
  return ip;
}

export function createPortalServer({ handle, trusted, ipKey, actionOf = () => null, log = () => {}, pageHeaderOptions = { dev: false, https: false } }: PortalServerOptions): http.Server {
  return http.createServer((request, response) => {
    // Read before vouchClientAddress removes it: a valid id given by a proxy in front is kept.
    const givenRequestId = single(request.headers[REQUEST_ID_HEADER]);
    const ip = vouchClientAddress(request, trusted, ipKey, pageHeaders(request.url ?? "/", givenRequestId, response, pageHeaderOptions));
    const pathname = (request.url ?? "/").split("?")[0];
    const actionId = single(request.headers["next-action"]);
    const decision = checkBody({
      method: request.method ?? "GET",
      path: pathname,
      contentLength: single(request.headers["content-length"]),
      transferEncoding: single(request.headers["transfer-encoding"]),
      action: actionId ? actionOf(actionId) : null,
      signedIn: SESSION_COOKIE.test(request.headers.cookie ?? ""),
    });
    if (!decision.ok) {
      log({ msg: "corps de requête refusé", status: decision.status, path: pathname, limit: decision.limit, contentLength: request.headers["content-length"] ?? null, ip });
      response.writeHead(decision.status, {
        "Content-Type": "text/plain; charset=utf-8",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
        // The body is not read: the connection ends with this answer.
        Connection: "close",
      });
      response.end(decision.message);
      return;
    }
    void handle(request, response);
  });
}
