// The API as its clients see it, in process: a typed client (openapi-fetch) over the types generated from the
// published OpenAPI document (openapi.d.ts), whose fetch hands each request to the route handler of its path
// (src/app/api/**/route.ts, as Next would). So the tests drive the contract, through the real routes.
import createClient from "openapi-fetch";
import type { Espace } from "@/generated/prisma/enums.ts";
import { newCredentials } from "@/server/api/client-credentials.ts";
import { resetApiRateLimits } from "@/server/api/client-rate-limit.ts";
import { db } from "@/server/db.ts";
import type { paths } from "./openapi.d.ts";

type RouteModule = Record<string, (request: Request) => Promise<Response>>;
const ROUTES = import.meta.glob<RouteModule>("/src/app/api/{v1,oauth}/**/route.ts");

/** The route module of a URL path: /api/v1/factures/soumettre → src/app/api/v1/factures/soumettre/route.ts. */
async function routeOf(pathname: string): Promise<RouteModule | null> {
  const load = ROUTES[`/src/app${pathname}/route.ts`];
  return load ? load() : null;
}

/** Answers a request with the route handler of its path, as Next would (404 when none; 405 without its method). */
export async function apiFetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request ? input : new Request(input, init);
  const route = await routeOf(new URL(request.url).pathname);
  if (!route) return new Response("Not found", { status: 404 });
  const handler = route[request.method];
  if (!handler) return new Response("Method not allowed", { status: 405 });
  return handler(request);
}

export const API_BASE_URL = "http://localhost/api/v1";

/** A typed client of the API, calling with this bearer token. */
export function apiClient(accessToken?: string) {
  return createClient<paths>({ baseUrl: API_BASE_URL, fetch: apiFetch, headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {} });
}

export type EspaceRight = { espace: Espace; modification: boolean };

/**
 * A technical account of the structure with these espaces (consultation, and modification where said), and an
 * application acting as it: its client id and secret.
 */
export async function technicalAccount(structureId: string, espaces: EspaceRight[], scopes: string[] = ["lecture", "ecriture"]) {
  const suffix = crypto.randomUUID().slice(0, 8);
  const user = await db.user.create({
    data: {
      kind: "COMPTE_TECHNIQUE",
      loginEmail: `compte-technique-${suffix}@comptes-techniques.invalid`,
      nom: `Compte technique ${suffix}`,
      prenom: "API",
      adresse: "1 rue de la Paix",
      codePostal: "75001",
      ville: "Paris",
      status: "ACTIF",
    },
  });
  await db.rattachement.create({
    data: {
      userId: user.id,
      structureId,
      role: "UTILISATEUR_SIMPLE",
      status: "ACTIF",
      espaces: { create: espaces.map(({ espace, modification }) => ({ espace, consultation: true, modification })) },
    },
  });
  const credentials = newCredentials();
  const client = await db.apiClient.create({
    data: { structureId, technicalAccountId: user.id, name: `Application ${suffix}`, clientId: credentials.clientId, secretHash: credentials.secretHash, secretHint: credentials.secretHint, scopes },
  });
  return { userId: user.id, apiClientId: client.id, clientId: credentials.clientId, clientSecret: credentials.clientSecret };
}

/** A token from the token endpoint (client credentials, HTTP Basic). */
export async function requestToken({ clientId, clientSecret }: { clientId: string; clientSecret: string }, scope?: string): Promise<string> {
  await resetApiRateLimits();
  const response = await apiFetch("http://localhost/api/oauth/token", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}` },
    body: new URLSearchParams({ grant_type: "client_credentials", ...(scope ? { scope } : {}) }).toString(),
  });
  const body = (await response.json()) as { access_token?: string; error?: string };
  if (!body.access_token) throw new Error(`token refused: ${response.status} ${JSON.stringify(body)}`);
  return body.access_token;
}

/** A typed client acting as a new technical account of the structure. */
export async function apiClientFor(structureId: string, espaces: EspaceRight[], scopes?: string[]) {
  const account = await technicalAccount(structureId, espaces, scopes);
  return { ...account, api: apiClient(await requestToken(account)) };
}
