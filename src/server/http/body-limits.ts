// How large a request body may be, per route: a login or a sign-up is small, only the deposits take megabytes.
// Checked by the HTTP server (scripts/serve.ts) on Content-Length before Next.js reads a byte of the body; a body
// without a length (chunked) is refused where a body is expected. Pure: no I/O.

const KB = 1024;
const MB = 1024 * KB;

/**
 * The server actions that take files, by exported name, with the most they may receive (the files' own limit,
 * checked again by the use case, plus room for the form's other fields). An action that takes files adds its
 * line here; every other action gets DEFAULT_BODY_BYTES.
 */
export const LARGE_ACTIONS: Record<string, number> = {
  depositInvoiceFileAction: 21 * MB, // one invoice file, 20 MB
  submitWorksDocumentAction: 21 * MB, // a works document with its file (PDF or Factur-X), 20 MB
  depositBatchAction: 100 * MB, // several XML files or one ZIP (10,000 invoices)
  addInvoiceAttachmentAction: 11 * MB, // one attachment, 10 MB
  completeInvoiceAction: 21 * MB, // the attachments of a suspended invoice, 20 MB in all
  claimStructureAction: 6 * MB, // the justification of a claim, 5 MB
  createSollicitationAction: 21 * MB, // the attachments of a sollicitation, 20 MB in all
  replySollicitationAction: 21 * MB, // the attachments of a reply, 20 MB in all
  answerSollicitationAction: 21 * MB, // the attachments of an answer, 20 MB in all
};

/**
 * The API's operations that take files in their JSON body, in base64 (4 bytes for 3), by path: at least the
 * operation's own maxBodyBytes (tests/unit/body-limits.test.ts checks they agree), which its route checks again.
 */
export const LARGE_API_PATHS: Record<string, number> = {
  "/api/v1/factures/deposer/flux": 135 * MB, // the file of a flux, 100 MB decoded (as Dépôt par lot)
  "/api/v1/factures/travaux/soumettre": 28 * MB, // a works document with its file, 20 MB decoded
  "/api/v1/factures/completer": 28 * MB, // the attachments of a completion, 20 MB decoded in all
  "/api/v1/sollicitations/creer": 28 * MB, // the attachments of a sollicitation, 20 MB decoded in all
  "/api/v1/sollicitations/repondre": 28 * MB, // the attachments of a reply, 20 MB decoded in all
};

/** Every other request with a body (a form of the portal, an invoice of 1,000 lines as JSON). */
export const DEFAULT_BODY_BYTES = 2 * MB;
/** Signed-out forms: login, sign-up, activation, password reset, and the actions of src/features/accounts/actions.ts. */
export const PUBLIC_FORM_BODY_BYTES = 64 * KB;

export type BodyRequest = {
  method: string;
  path: string;
  contentLength: string | undefined;
  transferEncoding: string | undefined;
  /** The server action called (Next-Action header), when it is one the build knows. */
  action: { filename: string; exportedName: string } | null;
  /** A session cookie is present (not checked: the action checks the session). Without one, no large body. */
  signedIn: boolean;
};

export type BodyDecision = { ok: true } | { ok: false; status: 411 | 413; message: string; limit: number };

const human = (bytes: number) => (bytes >= MB ? `${Math.round(bytes / MB)} Mo` : `${Math.round(bytes / KB)} Ko`);

/** The most this request may send. */
export function bodyLimitFor(request: Pick<BodyRequest, "path" | "action" | "signedIn">): number {
  if (request.path.startsWith("/api/auth/") || request.path.startsWith("/api/captcha")) return PUBLIC_FORM_BODY_BYTES;
  const api = LARGE_API_PATHS[request.path];
  if (api) return api;
  if (request.action) {
    if (request.action.filename.endsWith("features/accounts/actions.ts") && !request.signedIn) return PUBLIC_FORM_BODY_BYTES;
    const large = LARGE_ACTIONS[request.action.exportedName];
    if (large && request.signedIn) return large;
  }
  return DEFAULT_BODY_BYTES;
}

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Whether the body of this request may be read, or the status and French message that refuse it. */
export function checkBody(request: BodyRequest): BodyDecision {
  const limit = bodyLimitFor(request);
  const length = request.contentLength;
  if (length === undefined) {
    // No length: no body at all, or a chunked one, which is refused (its size is known only once read).
    if (request.transferEncoding && BODY_METHODS.has(request.method.toUpperCase())) {
      return { ok: false, status: 411, limit, message: "La taille de la requête doit être annoncée (en-tête Content-Length)." };
    }
    return { ok: true };
  }
  const bytes = /^\d{1,15}$/.test(length.trim()) ? Number(length) : Number.NaN;
  if (!Number.isFinite(bytes)) return { ok: false, status: 413, limit, message: "La taille annoncée de la requête n'est pas lisible." };
  if (bytes > limit) {
    return { ok: false, status: 413, limit, message: `La requête est trop volumineuse : ${human(limit)} au plus pour cette page (reçu ${human(bytes)}).` };
  }
  return { ok: true };
}
