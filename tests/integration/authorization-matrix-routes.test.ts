// The authorization matrix (3/3): the route handlers, called as each cell's user (the session is mocked), their HTTP
// status being the outcome (see authorization-matrix.test.ts and authorization-matrix/world.ts).
import { describe, vi } from "vitest";
import { ROUTE_ROWS } from "./authorization-matrix/rows-routes.ts";
import { runRows } from "./authorization-matrix/run-rows.ts";

vi.mock("@/server/auth/session.ts", async (importOriginal) =>
  (await import("./authorization-matrix/session-state.ts")).mockedSessionModule(await importOriginal<Record<string, unknown>>()),
);

// No request: no header, no cookie.
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
}));

describe("route handlers", () => {
  runRows(ROUTE_ROWS);
});
