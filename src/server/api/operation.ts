// One API operation, described once: its path, its scope, the zod schemas of its body and of its answer, and what it
// runs (the same use case as the page). `apiRoute` makes the route handler of it, and the OpenAPI document is written
// from the same descriptions (openapi-document.ts), so the contract cannot drift from what the routes do.
import type { z } from "zod";
import type { ApiScope } from "./access-tokens.ts";
import type { ApiCaller } from "./api-caller.ts";
import type { DownloadableFile, StreamedFile } from "../http/responses.ts";
import { AppError } from "../errors.ts";

export type ApiTag = "Factures" | "Factures de travaux" | "Structures" | "Utilisateurs" | "Sollicitations" | "Engagements" | "Transverses";

/**
 * A file answered as it is (a PDF, a Factur-X, a ZIP of invoices), with the media types it may have; or written as it
 * is sent (`streamed`: an export of thousands of rows, a ZIP of a search), never whole in memory.
 */
export type FileAnswer = { file: DownloadableFile } | { streamed: StreamedFile };

type OperationBase = {
  /** The real portal's service name, camelCase ("soumettreFacture"): the typed client's method. */
  operationId: string;
  method: "GET" | "POST";
  /** Under /api/v1, e.g. "/factures/soumettre". */
  path: string;
  tag: ApiTag;
  summary: string;
  description?: string;
  /** The scope the token must carry; null for the public operations (health-check). */
  scope: ApiScope | null;
  /** Takes an Idempotency-Key header: a replay answers the first result. */
  idempotent?: boolean;
  /** The largest body accepted (default 2 MB): the deposits of files take more. */
  maxBodyBytes?: number;
  /** 201 for a creation; 200 otherwise. */
  successStatus?: 200 | 201 | 202;
  /**
   * The use case's field names that the body names otherwise ("files" → "fichierFlux"): a refusal's paths are the
   * body's, so that a client finds the field it sent.
   */
  fieldPaths?: Record<string, string>;
};

export type JsonOperation<Body extends z.ZodType, Output extends z.ZodType> = OperationBase & {
  body?: Body;
  response: Output;
  run: (input: { caller: ApiCaller; body: z.output<Body>; request: Request }) => Promise<z.input<Output>>;
};

export type FileOperation<Body extends z.ZodType> = OperationBase & {
  body?: Body;
  /** The media types the file may have (the OpenAPI document lists them). */
  fileMediaTypes: string[];
  run: (input: { caller: ApiCaller; body: z.output<Body>; request: Request }) => Promise<FileAnswer>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a catalogue holds operations of every body and answer
export type AnyApiOperation = JsonOperation<any, any> | FileOperation<any>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- narrows the catalogue's union
export const isFileOperation = (operation: AnyApiOperation): operation is FileOperation<any> => "fileMediaTypes" in operation;

/** Typed helpers: the operation's `run` sees its body's and answer's types. */
export const jsonOperation = <Body extends z.ZodType, Output extends z.ZodType>(operation: JsonOperation<Body, Output>) => operation;
export const fileOperation = <Body extends z.ZodType>(operation: FileOperation<Body>) => operation;

/**
 * Parses what an operation renamed from its body with the page form's own schema, for the rules that span fields
 * (the body's schema checked each field): the first refusal, a VALIDATION error on the form's field name, which the
 * operation's `fieldPaths` turn into the API's.
 */
export function parseWithFormSchema<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("VALIDATION", parsed.error.issues[0].message, String(parsed.error.issues[0].path[0]));
  return parsed.data;
}
