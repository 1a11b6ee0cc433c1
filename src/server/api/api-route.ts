// The one way an API route handler (src/app/api/v1/**/route.ts) is built, as routeHandler is for the pages' routes:
// the bearer token and its client checked, the client's rate, the scope, the body bounded then parsed by the
// operation's zod schema, the Idempotency-Key, the use case, the answer checked by the answer's schema; every refusal
// answered as problem+json; every call logged with its client and request id.
import type { z } from "zod";
import { logger } from "../logger.ts";
import { downloadResponse, PRIVATE_HEADERS, streamedDownloadResponse } from "../http/responses.ts";
import { authenticateApiCall, type ApiCaller } from "./api-caller.ts";
import { takeApiCall } from "./client-rate-limit.ts";
import { idempotencyKeyOf, onceForKey, requestHashOf } from "./idempotency.ts";
import { isFileOperation, type AnyApiOperation } from "./operation.ts";
import { ApiProblem, problemOf, problemResponse, withFieldPaths, zodProblems } from "./problem.ts";
import { parseJson, readBodyText } from "./read-json-body.ts";

export const DEFAULT_API_BODY_BYTES = 2 * 1024 * 1024;
const REQUEST_ID_HEADER = "x-request-id";
const REPLAYED_HEADER = "Idempotent-Replayed";

const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json; charset=utf-8", ...PRIVATE_HEADERS, ...headers } });

async function callerOf(operation: AnyApiOperation, request: Request): Promise<ApiCaller | null> {
  if (operation.scope === null) return null;
  const caller = await authenticateApiCall(request);
  await takeApiCall(caller.clientId);
  if (!caller.scopes.includes(operation.scope)) {
    throw new ApiProblem(403, "INSUFFICIENT_SCOPE", `Ce jeton n'a pas la portée « ${operation.scope} » que cette opération demande.`, undefined, {
      "WWW-Authenticate": `Bearer realm="api", error="insufficient_scope", scope="${operation.scope}"`,
    });
  }
  return caller;
}

type ReadBody = { text: string; body: unknown };

async function bodyOf(operation: AnyApiOperation, request: Request): Promise<ReadBody> {
  if (operation.method === "GET" || !operation.body) return { text: "", body: undefined };
  const text = await readBodyText(request, operation.maxBodyBytes ?? DEFAULT_API_BODY_BYTES);
  const parsed = (operation.body as z.ZodType).safeParse(parseJson(text));
  if (!parsed.success) throw new ApiProblem(422, "VALIDATION", "Données invalides : voir le détail par champ.", zodProblems(parsed.error));
  return { text, body: parsed.data };
}

async function answer(operation: AnyApiOperation, caller: ApiCaller | null, { text, body }: ReadBody, request: Request): Promise<Response> {
  const status = operation.successStatus ?? 200;
  // Public operations run without a caller; the others always have one (callerOf threw otherwise).
  const input = { caller: caller as ApiCaller, body, request };
  if (isFileOperation(operation)) {
    const answered = await operation.run(input);
    return "streamed" in answered ? streamedDownloadResponse(answered.streamed) : downloadResponse(answered.file);
  }
  const run = async () => {
    const output = operation.response.safeParse(await operation.run(input));
    if (!output.success) throw new Error(`Réponse non conforme au contrat de ${operation.operationId} : ${JSON.stringify(output.error.issues.slice(0, 5))}`);
    return { status, body: output.data };
  };
  if (!operation.idempotent || !caller) {
    const result = await run();
    return jsonResponse(result.status, result.body);
  }
  const result = await onceForKey({ clientId: caller.clientId, key: idempotencyKeyOf(request), requestHash: requestHashOf(operation.operationId, text) }, run);
  return jsonResponse(result.status, result.body, result.replayed ? { [REPLAYED_HEADER]: "true" } : {});
}

/** The route handler of an operation: `export const POST = apiRoute(soumettreFacture)`. */
export function apiRoute(operation: AnyApiOperation) {
  return async (request: Request): Promise<Response> => {
    const started = performance.now();
    const requestId = request.headers.get(REQUEST_ID_HEADER) ?? crypto.randomUUID();
    let caller: ApiCaller | null = null;
    let response: Response;
    try {
      if (request.method !== operation.method) throw new ApiProblem(405, "INVALID_REQUEST", `Méthode ${request.method} non permise : ${operation.method}.`, undefined, { Allow: operation.method });
      caller = await callerOf(operation, request);
      response = await answer(operation, caller, await bodyOf(operation, request), request);
    } catch (error) {
      const problem = withFieldPaths(problemOf(error), operation.fieldPaths);
      if (problem.status >= 500) logger.error({ err: error, requestId, operationId: operation.operationId, clientId: caller?.clientId }, "api call failed");
      response = problemResponse(problem, requestId);
    }
    response.headers.set(REQUEST_ID_HEADER, requestId);
    logger.info(
      { requestId, operationId: operation.operationId, clientId: caller?.clientId, technicalAccountId: caller?.userId, status: response.status, ms: Math.round(performance.now() - started) },
      "api call",
    );
    return response;
  };
}
