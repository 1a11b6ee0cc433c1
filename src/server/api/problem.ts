// The API's errors, as RFC 9457 problem details (application/problem+json): a stable `code` a program can switch on,
// the French `detail` a person can read, and for invalid input each field's path and message.
import type { z } from "zod";
import { AppError, type AppErrorCode } from "../errors.ts";
import { PRIVATE_HEADERS } from "../http/responses.ts";

export type ProblemCode = AppErrorCode | "INVALID_REQUEST" | "INSUFFICIENT_SCOPE" | "PAYLOAD_TOO_LARGE" | "IDEMPOTENCY_KEY_REUSED" | "INTERNAL";

export type FieldProblem = { path: string; message: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ProblemCode;
  detail: string;
  errors?: FieldProblem[];
  requestId?: string;
};

const TITLES: Record<number, string> = {
  400: "Requête invalide",
  401: "Authentification requise",
  403: "Accès refusé",
  404: "Introuvable",
  409: "Conflit",
  410: "Expiré",
  413: "Requête trop volumineuse",
  422: "Données invalides",
  429: "Trop de requêtes",
  500: "Erreur interne",
};

export const PROBLEM_MIME_TYPE = "application/problem+json";

/** Where a problem's code is described (the OpenAPI document's problem codes). */
const problemType = (code: ProblemCode) => `/api/docs#probleme-${code.toLowerCase().replaceAll("_", "-")}`;

/** An error the API answers as it is: thrown by the route builder's own steps (token, scope, body, idempotency). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    message: string,
    readonly errors?: FieldProblem[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiProblem";
  }
}

/** A zod path as a JSON-pointer-like string ("lignes.0.quantite"); the body itself is "". */
export const fieldPath = (path: readonly PropertyKey[]) => path.map(String).join(".");

/** A zod failure as the field problems it lists, each with its French message. */
export const zodProblems = (error: z.ZodError): FieldProblem[] => error.issues.map((issue) => ({ path: fieldPath(issue.path), message: issue.message }));

/** The problem an error becomes: ours as they are, a use case's refusal with its code, anything else a 500. */
export function problemOf(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (error instanceof AppError) {
    const errors = error.fieldErrors ? Object.entries(error.fieldErrors).map(([path, message]) => ({ path, message })) : error.field ? [{ path: error.field, message: error.message }] : undefined;
    return new ApiProblem(error.httpStatus, error.code, error.message, errors);
  }
  return new ApiProblem(500, "INTERNAL", "Erreur interne : la requête n'a pas abouti. Réessayez ; si l'erreur persiste, communiquez l'identifiant de la requête au support.");
}

/** The problem with its fields' paths renamed (see the operation's fieldPaths): "files" → "fichierFlux", "lines.0" stays. */
export function withFieldPaths(problem: ApiProblem, names: Record<string, string> | undefined): ApiProblem {
  if (!names || !problem.errors) return problem;
  const rename = (path: string) => {
    const [head, ...rest] = path.split(".");
    return [names[head] ?? head, ...rest].join(".");
  };
  return new ApiProblem(problem.status, problem.code, problem.message, problem.errors.map((error) => ({ ...error, path: rename(error.path) })), problem.headers);
}

/** The problem+json answer. */
export function problemResponse(problem: ApiProblem, requestId?: string): Response {
  const body: Problem = {
    type: problemType(problem.code),
    title: TITLES[problem.status] ?? "Erreur",
    status: problem.status,
    code: problem.code,
    detail: problem.message,
    ...(problem.errors?.length ? { errors: problem.errors } : {}),
    ...(requestId ? { requestId } : {}),
  };
  return new Response(JSON.stringify(body), { status: problem.status, headers: { "Content-Type": PROBLEM_MIME_TYPE, ...PRIVATE_HEADERS, ...problem.headers } });
}
