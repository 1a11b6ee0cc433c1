import pino from "pino";

// Structured JSON logs on stdout; each request's lines carry its request id (see src/server/http/page-headers.ts).
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "portail" },
  redact: ["password", "*.password", "passwordHash", "*.passwordHash"],
});

export function requestLogger(requestId: string | null | undefined) {
  return logger.child({ requestId: requestId ?? undefined });
}
