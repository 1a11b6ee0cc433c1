// Who calls the API: the bearer token checked (signature, expiry), then its client read again, so that a revoked
// application, a rotated secret or a deactivated technical account stops at once, not at the token's expiry.
import { db } from "../db.ts";
import { verifyAccessToken, type ApiScope } from "./access-tokens.ts";
import { ApiProblem } from "./problem.ts";

export type ApiCaller = {
  /** The technical account the call acts as: what the use cases receive as `userId`. */
  userId: string;
  /** The application (api_clients.id). */
  clientId: string;
  structureId: string;
  scopes: ApiScope[];
};

/** RFC 6750: the 401's challenge, with the reason when a token was given. */
const challenge = (error?: string, description?: string) =>
  ["Bearer realm=\"api\"", error ? `error="${error}"` : null, description ? `error_description="${description}"` : null].filter(Boolean).join(", ");

export const unauthenticated = (message: string, error?: "invalid_token" | "invalid_request") =>
  new ApiProblem(401, "UNAUTHENTICATED", message, undefined, { "WWW-Authenticate": challenge(error, error ? message.normalize("NFD").replace(/[^\x20-\x7e]/g, "").replace(/"/g, "'") : undefined) });

function bearerOf(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (!header) return null;
  const match = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/.exec(header.trim());
  if (!match) throw unauthenticated("En-tête Authorization invalide : attendu « Bearer <jeton> ».", "invalid_request");
  return match[1];
}

export async function authenticateApiCall(request: Request): Promise<ApiCaller> {
  const token = bearerOf(request);
  if (!token) throw unauthenticated("Jeton d'accès manquant : demandez-en un à /api/oauth/token (client credentials).");
  const claims = token.length <= 4096 ? await verifyAccessToken(token) : null;
  if (!claims) throw unauthenticated("Jeton d'accès invalide ou expiré.", "invalid_token");
  const client = await db.apiClient.findUnique({
    where: { id: claims.clientId },
    select: { structureId: true, technicalAccountId: true, revokedAt: true, secretRotatedAt: true, technicalAccount: { select: { status: true } } },
  });
  if (!client || client.revokedAt || client.technicalAccountId !== claims.userId || claims.issuedAt < client.secretRotatedAt || client.technicalAccount.status !== "ACTIF") {
    throw unauthenticated("Jeton d'accès révoqué : l'application ou son compte technique n'est plus actif, ou son secret a changé.", "invalid_token");
  }
  return { userId: claims.userId, clientId: claims.clientId, structureId: client.structureId, scopes: claims.scopes };
}
