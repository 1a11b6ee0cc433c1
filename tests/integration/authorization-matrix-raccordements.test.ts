// The authorization matrix (raccordements): the rows of Raccordements EDI et API, each run in every cell (see
// authorization-matrix.test.ts and authorization-matrix/world.ts) — a gestionnaire's, NOT_FOUND to anyone else.
import { describe, vi } from "vitest";
import { RACCORDEMENT_ROWS } from "./authorization-matrix/rows-raccordements.ts";
import { runRows } from "./authorization-matrix/run-rows.ts";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

describe("raccordements EDI et API", () => {
  runRows(RACCORDEMENT_ROWS);
});
