// How the app learns the client's address. The HTTP server (scripts/serve.ts) computes it from the socket and
// TRUSTED_PROXIES, removes any header of these names that the request brought, and sets both: the address and
// its HMAC under a key of that server process. A request that did not pass through it (e.g. `next start` alone)
// has no valid proof, and its address is unknown (null): never taken from a header a client could write.
import { createHmac, timingSafeEqual } from "node:crypto";

export const CLIENT_IP_HEADER = "x-portail-client-ip";
export const CLIENT_IP_PROOF_HEADER = "x-portail-client-ip-proof";
/** Set by scripts/serve.ts for its own process (random at each start unless given). */
export const CLIENT_IP_KEY_ENV = "PORTAIL_CLIENT_IP_KEY";

export function clientIpProof(ip: string, key: string): string {
  return createHmac("sha256", key).update(ip).digest("base64url");
}

let warnedWithoutKey = false;

/** The address the server vouched for, or null. `get` reads a request header. */
export function vouchedClientIp(get: (name: string) => string | null | undefined): string | null {
  const key = process.env[CLIENT_IP_KEY_ENV];
  if (!key && !warnedWithoutKey && process.env.NODE_ENV === "production") {
    warnedWithoutKey = true;
    console.warn("Adresse des clients inconnue (portail démarré sans scripts/serve.ts) : pas de limite par adresse.");
  }
  const ip = get(CLIENT_IP_HEADER);
  const proof = get(CLIENT_IP_PROOF_HEADER);
  if (!key || !ip || !proof) return null;
  const expected = Buffer.from(clientIpProof(ip, key));
  const given = Buffer.from(proof);
  return expected.length === given.length && timingSafeEqual(expected, given) ? ip : null;
}

/** From a plain headers object (next-auth's authorize() gets one). */
export function vouchedClientIpOf(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  return vouchedClientIp((name) => {
    const value = headers?.[name];
    return Array.isArray(value) ? value[0] : value;
  });
}

/** In a server action or a server component: the current request's address, or null. */
export async function requestClientIp(): Promise<string | null> {
  const { headers } = await import("next/headers");
  const list = await headers();
  return vouchedClientIp((name) => list.get(name));
}
