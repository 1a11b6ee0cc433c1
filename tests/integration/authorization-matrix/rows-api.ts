// Rows of the API's routes (/api/v1, /api/oauth/token). An API call acts as a technical account, which is a user with
// a rattachement: the matrix's cell user is made the technical account of an application, so that every operation
// meets exactly the cells the pages meet (role × right × own/foreign structure). Its problem+json refusal is handed to
// the matrix as its French detail and status.
import { signAccessToken } from "@/server/api/access-tokens.ts";
import { newCredentials } from "@/server/api/client-credentials.ts";
import { db } from "@/server/db.ts";
import type { Rows } from "./rows.ts";
import type { Cell } from "./world.ts";

type ApiHandler = (request: Request) => Promise<Response>;

const tokens = new Map<string, string>();

/** A bearer token acting as the cell's user (an application of the cell's own structure, both scopes). */
async function tokenFor(cell: Cell): Promise<string> {
  const cached = tokens.get(cell.userId);
  if (cached) return cached;
  const { clientId, secretHash, secretHint } = newCredentials();
  const client = await db.apiClient.create({
    data: { structureId: cell.world.own.MODIFICATION.structureId, technicalAccountId: cell.userId, name: "Matrice", clientId, secretHash, secretHint, scopes: ["lecture", "ecriture"] },
  });
  const token = await signAccessToken({ userId: cell.userId, clientId: client.id, scopes: ["lecture", "ecriture"] });
  tokens.set(cell.userId, token);
  return token;
}

/** Calls an API route as the cell's user; a refusal comes back as its status and French detail. */
export async function callApi(cell: Cell, handler: ApiHandler, path: string, body?: unknown): Promise<Response> {
  const request = new Request(`http://localhost/api/v1${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${await tokenFor(cell)}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await handler(request);
  if (response.status < 400) return response;
  const problem = (await response.json()) as { detail: string };
  return new Response(problem.detail, { status: response.status });
}

/** A list answered as JSON: whether it names the id (a refusal shows nothing either). */
export async function listShows(response: Response, id: string): Promise<boolean> {
  return response.ok && JSON.stringify(await response.json()).includes(id);
}

export const API_ROWS: Rows = {
  "GET /api/docs": { reaches: "the API's interactive reference (Swagger UI, public)", access: { kind: "public" }, run: async () => (await import("@/app/api/docs/route.ts")).GET(new Request("http://localhost/api/docs")) },
  "GET /api/docs/[asset]": {
    reaches: "Swagger UI's script and style sheet (public)",
    access: { kind: "public" },
    run: async () => (await import("@/app/api/docs/[asset]/route.ts")).GET(new Request("http://localhost/api/docs/swagger-ui.css"), { params: Promise.resolve({ asset: "swagger-ui.css" }) }),
  },
  "GET /api/v1/openapi.json": { reaches: "the API's OpenAPI document (public contract)", access: { kind: "public" }, run: async () => (await import("@/app/api/v1/openapi.json/route.ts")).GET() },
  "GET /api/v1/transverses/health-check": {
    reaches: "transverses/health-check (public)",
    access: { kind: "public" },
    run: async () => (await import("@/app/api/v1/transverses/health-check/route.ts")).GET(new Request("http://localhost/api/v1/transverses/health-check")),
  },
  "POST /api/oauth/token": {
    reaches: "the OAuth2 token endpoint (client credentials: the application authenticates itself)",
    access: { kind: "public" },
    run: async () =>
      (await import("@/app/api/oauth/token/route.ts")).POST(
        new Request("http://localhost/api/oauth/token", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "grant_type=client_credentials&client_id=inconnu&client_secret=x" }),
      ),
    expect: () => "UNAUTHENTICATED",
  },
};
