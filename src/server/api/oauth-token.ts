// POST /api/oauth/token: the OAuth2 client credentials grant (RFC 6749 §4.4), handled by @node-oauth/oauth2-server
// (client authentication by HTTP Basic or in the body, the grant, the scopes, the errors); our model only finds the
// client, its technical account, and signs the JWT (access-tokens.ts). Nothing is stored: the token is signed.
import OAuth2Server, { type Client, type ClientCredentialsModel, type Falsey, type Token, type User } from "@node-oauth/oauth2-server";
import { db } from "../db.ts";
import { logger } from "../logger.ts";
import { PRIVATE_HEADERS } from "../http/responses.ts";
import { ACCESS_TOKEN_LIFETIME_S, API_SCOPES, signAccessToken, type ApiScope } from "./access-tokens.ts";
import { secretMatches } from "./client-credentials.ts";
import { takeApiCall } from "./client-rate-limit.ts";
import { ApiProblem } from "./problem.ts";
import { readBodyText } from "./read-json-body.ts";

const TOKEN_REQUEST_MAX_BYTES = 8 * 1024;

type ApiClientRecord = Client & { clientId: string; scopes: ApiScope[] };

const isScope = (value: string): value is ApiScope => (API_SCOPES as readonly string[]).includes(value);

const model: ClientCredentialsModel = {
  async getClient(clientId: string, clientSecret: string | null): Promise<ApiClientRecord | Falsey> {
    if (!clientSecret || clientId.length > 100 || clientSecret.length > 200) return null;
    const client = await db.apiClient.findUnique({ where: { clientId }, select: { id: true, clientId: true, secretHash: true, scopes: true, revokedAt: true } });
    if (!client || client.revokedAt || !secretMatches(clientSecret, client.secretHash)) return null;
    return { id: client.id, clientId: client.clientId, grants: ["client_credentials"], scopes: client.scopes.filter(isScope), accessTokenLifetime: ACCESS_TOKEN_LIFETIME_S };
  },
  async getUserFromClient(client: Client): Promise<User | Falsey> {
    const row = await db.apiClient.findUnique({ where: { id: client.id }, select: { technicalAccount: { select: { id: true, status: true, kind: true } } } });
    const account = row?.technicalAccount;
    return account && account.status === "ACTIF" && account.kind === "COMPTE_TECHNIQUE" ? { id: account.id } : null;
  },
  /** The scopes asked for, all of them among the client's; none asked: all the client's. */
  async validateScope(_user: User, client: Client, scope?: string[]): Promise<string[] | Falsey> {
    const allowed = (client as ApiClientRecord).scopes;
    if (!scope || scope.length === 0) return allowed;
    return scope.every((value) => isScope(value) && allowed.includes(value)) ? scope : false;
  },
  async generateAccessToken(client: Client, user: User, scope: string[]): Promise<string> {
    return signAccessToken({ userId: user.id as string, clientId: client.id, scopes: scope.filter(isScope) });
  },
  async saveToken(token: Token, client: Client, user: User): Promise<Token> {
    return { ...token, client, user };
  },
  // Bearer tokens are verified by api-caller.ts, not by this library: it never calls this.
  async getAccessToken() {
    return null;
  },
};

const server = new OAuth2Server({ model, accessTokenLifetime: ACCESS_TOKEN_LIFETIME_S, allowExtendedTokenAttributes: false });

/** The token endpoint's answer to a Fetch request. */
export async function answerTokenRequest(request: Request): Promise<Response> {
  let text: string;
  try {
    text = await readBodyText(request, TOKEN_REQUEST_MAX_BYTES);
  } catch {
    return tokenError(413, "invalid_request", "Requête trop volumineuse.");
  }
  const body = Object.fromEntries(new URLSearchParams(text));
  // The library tells a body by its length (type-is): the Fetch request's may be missing, the text's is known.
  const headers: Record<string, string> = { ...Object.fromEntries(request.headers.entries()), "content-length": String(Buffer.byteLength(text)) };
  const clientId = body.client_id ?? basicClientId(headers.authorization);
  try {
    if (clientId) await takeApiCall(`token:${clientId}`);
  } catch (error) {
    if (!(error instanceof ApiProblem)) throw error;
    return tokenError(429, "slow_down", "Trop de demandes de jeton pour ce client : réessayez plus tard.", { "Retry-After": "60" });
  }
  const oauthResponse = new OAuth2Server.Response({ headers: {} });
  try {
    await server.token(new OAuth2Server.Request({ method: request.method, headers, query: {}, body }), oauthResponse, { requireClientAuthentication: { client_credentials: true } });
  } catch (error) {
    const oauthError = error as { code?: number; name?: string; message?: string };
    const status = oauthError.code ?? 500;
    if (status >= 500) logger.error({ err: error }, "token endpoint failed");
    logger.info({ clientId, status, error: oauthError.name }, "api token refused");
    return tokenError(status, status >= 500 ? "server_error" : (oauthError.name ?? "invalid_request"), oauthError.message ?? "Erreur.", oauthResponse.headers as Record<string, string>);
  }
  logger.info({ clientId, status: 200 }, "api token");
  return new Response(JSON.stringify(oauthResponse.body), { status: 200, headers: { "Content-Type": "application/json; charset=utf-8", ...PRIVATE_HEADERS, Pragma: "no-cache" } });
}

function basicClientId(authorization: string | undefined): string | undefined {
  const match = authorization && /^Basic ([A-Za-z0-9+/=]+)$/.exec(authorization);
  if (!match) return undefined;
  try {
    return decodeURIComponent(Buffer.from(match[1], "base64").toString("utf8").split(":")[0] ?? "") || undefined;
  } catch {
    return undefined; // malformed: the library answers invalid_client
  }
}

function tokenError(status: number, error: string, description: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error, error_description: description }), { status, headers: { "Content-Type": "application/json; charset=utf-8", ...PRIVATE_HEADERS, ...headers } });
}
