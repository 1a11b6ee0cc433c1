// The authorization matrix (the buyer's desk in Factures reçues): export, ZIP download (pages and API) and saved
// searches, each run in every cell (see authorization-matrix.test.ts and authorization-matrix/world.ts): the cell's
// received invoice is exported or zipped only with consultation of its own structure; a saved search is its user's.
import { describe, vi } from "vitest";
import { RECEIVED_DESK_ACTION_ROWS, RECEIVED_DESK_ROUTE_ROWS } from "./authorization-matrix/rows-received-desk.ts";
import { runRows } from "./authorization-matrix/run-rows.ts";

vi.mock("@/server/auth/session.ts", async (importOriginal) =>
  (await import("./authorization-matrix/session-state.ts")).mockedSessionModule(await importOriginal<Record<string, unknown>>()),
);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

describe("the buyer's desk in Factures reçues", () => {
  runRows({ ...RECEIVED_DESK_ACTION_ROWS, ...RECEIVED_DESK_ROUTE_ROWS });
});
