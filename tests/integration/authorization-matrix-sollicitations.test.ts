// The authorization matrix (sollicitations): the rows of Sollicitations émises / reçues and of the support's desk, each
// run in every cell (see authorization-matrix.test.ts and authorization-matrix/world.ts): consultation reads,
// modification writes, a foreign structure's sollicitation is NOT_FOUND.
import { describe, vi } from "vitest";
import { SOLLICITATION_PAGE_ROWS, SOLLICITATION_ROUTE_ROWS, SOLLICITATION_ROWS } from "./authorization-matrix/rows-sollicitations.ts";
import { runRows } from "./authorization-matrix/run-rows.ts";

vi.mock("@/server/auth/session.ts", async (importOriginal) =>
  (await import("./authorization-matrix/session-state.ts")).mockedSessionModule(await importOriginal<Record<string, unknown>>()),
);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

describe("sollicitations", () => {
  runRows({ ...SOLLICITATION_ROWS, ...SOLLICITATION_ROUTE_ROWS, ...SOLLICITATION_PAGE_ROWS });
});
