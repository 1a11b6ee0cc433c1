// One error type for what a user or a client can act on: a code (for the API and the tests), a French
// message, and optionally the form field it belongs to. Anything else is a bug, logged with the request id.
export type AppErrorCode =
  | "VALIDATION"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "CONFLICT"
  | "UNAUTHENTICATED"
  | "INVALID_TOKEN"
  | "CAPTCHA"
  | "RATE_LIMITED";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  VALIDATION: 422,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  INVALID_TOKEN: 410,
  CAPTCHA: 422,
  RATE_LIMITED: 429,
};

export class AppError extends Error {
  /** Several fields refused at once (an invoice's rules), each with its message; `field` names the first. */
  declare readonly fieldErrors?: Record<string, string>;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "AppError";
  }

  get httpStatus() {
    return HTTP_STATUS[this.code];
  }
}

/** What use cases throw when a row is out of the user's reach: the same answer as when it does not exist. */
export const notFound = (what = "Élément introuvable.") => new AppError("NOT_FOUND", what);
