// The checks of the API's contract, as functions of what they compare (the document, the route files, the committed
// types), so that each can be shown failing on a doctored input (contract.test.ts).
import { Validator } from "@seriousme/openapi-schema-validator";

const API_PREFIX = "/api/v1";
const OPENAPI_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export type RouteFile = { method: string; path: string; file: string };
type Document = { openapi?: unknown; paths?: Record<string, Record<string, unknown> | undefined> };

/** What is wrong with the document against the OpenAPI 3.1 schema (empty when it is valid). */
export async function documentProblems(document: object): Promise<string[]> {
  // A copy: the validator keeps the specification it reads, and the document must stay the one given.
  const validator = new Validator();
  const result = await validator.validate(structuredClone(document) as Record<string, unknown>);
  const problems = result.valid ? [] : typeof result.errors === "string" ? [result.errors] : (result.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""} ${JSON.stringify(error.params)}`);
  if (!String((document as Document).openapi ?? "").startsWith("3.1")) problems.push(`openapi ${String((document as Document).openapi)} : 3.1 attendu`);
  return problems;
}

/** A route file's URL path under /api/v1 in the document's spelling: /factures/[id] → /factures/{id}. */
const documentPath = (routePath: string) => routePath.slice(API_PREFIX.length).replace(/\[([^\]]+)\]/g, "{$1}");

/** "POST /factures/soumettre" for each operation of the document. */
export function documentOperations(document: object): string[] {
  const paths = (document as Document).paths ?? {};
  return Object.entries(paths).flatMap(([path, item]) => OPENAPI_METHODS.filter((method) => item?.[method]).map((method) => `${method.toUpperCase()} ${path}`));
}

/**
 * The routes of /api/v1 the document lacks, and the document's operations that no route file answers. The document
 * itself (openapi.json) is not an operation of the API.
 */
export function routeMismatches(routes: readonly RouteFile[], document: object): string[] {
  const apiRoutes = routes.filter((route) => route.path.startsWith(`${API_PREFIX}/`) && route.path !== `${API_PREFIX}/openapi.json`);
  const routed = new Set(apiRoutes.map((route) => `${route.method} ${documentPath(route.path)}`));
  const documented = new Set(documentOperations(document));
  return [
    ...apiRoutes.filter((route) => !documented.has(`${route.method} ${documentPath(route.path)}`)).map((route) => `${route.method} ${route.path} (${route.file}) manque au document OpenAPI`),
    ...[...documented].filter((operation) => !routed.has(operation)).map((operation) => `${operation} est dans le document OpenAPI sans fichier de route sous src/app${API_PREFIX}`),
  ];
}

/** Why the committed types are stale, or null when they are what the document generates now. */
export const staleTypes = (committed: string, generated: string): string | null =>
  committed === generated ? null : "Les types de tests/integration/api/support/openapi.d.ts ne sont plus ceux du document OpenAPI : run npm run api:types";
