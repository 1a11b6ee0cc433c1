// The API's bearer tokens: short-lived JWTs (HS256, jose) signed with a key of the server's (HKDF of NEXTAUTH_SECRET),
// naming the client (the application) and the technical account it acts as, and the scopes granted. A token holds no
// right of its own: every call reads the client again (revoked, rotated) and the use case checks the account's rights.
import { jwtVerify, SignJWT } from "jose";
import { keyFor } from "../auth/secret-box.ts";

/** Ten minutes: a leaked token is soon worthless; a client asks for another with its credentials. */
export const ACCESS_TOKEN_LIFETIME_S = 600;
export const API_SCOPES = ["lecture", "ecriture"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

const ISSUER = "portail-facturation";
const AUDIENCE = "portail-facturation/api/v1";
const key = () => keyFor("api-access-token");

export type AccessTokenClaims = {
  /** The technical account (users.id) every call acts as. */
  userId: string;
  /** The application (api_clients.id). */
  clientId: string;
  scopes: ApiScope[];
  issuedAt: Date;
};

export async function signAccessToken({ userId, clientId, scopes }: Omit<AccessTokenClaims, "issuedAt">, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  // iat counts whole seconds; the milliseconds tell a token issued just before a rotation from one issued just after.
  return new SignJWT({ client_id: clientId, scope: scopes.join(" "), iat_ms: now.getTime() })
    .setProtectedHeader({ alg: "HS256", typ: "at+jwt" })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(userId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ACCESS_TOKEN_LIFETIME_S)
    .setJti(crypto.randomUUID())
    .sign(key());
}

const isScope = (value: string): value is ApiScope => (API_SCOPES as readonly string[]).includes(value);

// A token whose signature was checked is remembered, by its text and the key that checked it, until it expires: a
// client calls with the same token for ten minutes, and each check was a WebCrypto job (CPU and a round trip to the
// thread pool) on every call. Its expiry is checked again on each use; the client is read again on every call
// (authenticateApiCall), so a revoked application still stops at once.
type Verified = { claims: AccessTokenClaims; expiresAtMs: number; key: Buffer };
const verified = new Map<string, Verified>();
const VERIFIED_MAX = 1_000;

const copyOf = (claims: AccessTokenClaims): AccessTokenClaims => ({ ...claims, scopes: [...claims.scopes], issuedAt: new Date(claims.issuedAt) });

/** The token's claims, or null when it is malformed, altered, expired or not ours. */
export async function verifyAccessToken(token: string): Promise<AccessTokenClaims | null> {
  const signingKey = key();
  const known = verified.get(token);
  if (known && known.key === signingKey) {
    // As jose's own check: expired from the second of `exp` on.
    if (Date.now() < known.expiresAtMs) return copyOf(known.claims);
    verified.delete(token);
    return null;
  }
  try {
    const { payload } = await jwtVerify(token, signingKey, { issuer: ISSUER, audience: AUDIENCE, algorithms: ["HS256"], typ: "at+jwt" });
    if (typeof payload.sub !== "string" || typeof payload.client_id !== "string" || typeof payload.iat !== "number" || typeof payload.exp !== "number") return null;
    const scopes = typeof payload.scope === "string" ? payload.scope.split(" ").filter(isScope) : [];
    const issuedAtMs = typeof payload.iat_ms === "number" && Math.floor(payload.iat_ms / 1000) === payload.iat ? payload.iat_ms : payload.iat * 1000;
    const claims = { userId: payload.sub, clientId: payload.client_id, scopes, issuedAt: new Date(issuedAtMs) };
    if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value!);
    verified.set(token, { claims: copyOf(claims), expiresAtMs: payload.exp * 1000, key: signingKey });
    return claims;
  } catch {
    return null;
  }
}
