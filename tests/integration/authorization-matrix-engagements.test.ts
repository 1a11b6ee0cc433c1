// The authorization matrix (Engagements): creating, importing, closing and requiring engagements need the
// modification right on the espace Engagements of one's own structure; the pages read them with consultation; the
// invoice form's suggestions and the supplier's view answer only about one's own supplier structures.
import { describe, vi } from "vitest";
import { ENGAGEMENT_API_ROWS, ENGAGEMENT_PAGE_ROWS, ENGAGEMENT_ROWS } from "./authorization-matrix/rows-engagements.ts";
import { runRows } from "./authorization-matrix/run-rows.ts";

vi.mock("@/server/auth/session.ts", async (importOriginal) =>
  (await import("./authorization-matrix/session-state.ts")).mockedSessionModule(await importOriginal<Record<string, unknown>>()),
);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

describe("the espace Engagements", () => {
  runRows({ ...ENGAGEMENT_ROWS, ...ENGAGEMENT_PAGE_ROWS, ...ENGAGEMENT_API_ROWS });
});
