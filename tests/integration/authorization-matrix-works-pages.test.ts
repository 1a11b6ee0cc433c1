// The authorization matrix (the works pages' actions, issue 14): submitting, completing and recycling need the
// modification right on Factures de travaux of one's own structure, the MOE's steps that right on Factures de travaux
// reçues; reading, listing and downloading its files need consultation; another structure's works document is not found.
import { describe, vi } from "vitest";
import { WORKS_PAGE_ROUTE_ROWS, WORKS_PAGE_ROWS } from "./authorization-matrix/rows-works-pages.ts";
import { runRows } from "./authorization-matrix/run-rows.ts";

vi.mock("@/server/auth/session.ts", async (importOriginal) =>
  (await import("./authorization-matrix/session-state.ts")).mockedSessionModule(await importOriginal<Record<string, unknown>>()),
);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

describe("the works pages' actions and downloads", () => {
  runRows({ ...WORKS_PAGE_ROWS, ...WORKS_PAGE_ROUTE_ROWS });
});
