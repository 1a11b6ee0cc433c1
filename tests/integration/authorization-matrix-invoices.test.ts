// The authorization matrix (2/3): the rows of Factures émises, Factures reçues and Factures à valider, each run in
// every cell (see authorization-matrix.test.ts and authorization-matrix/world.ts), and the data their pages read.
import { describe, vi } from "vitest";
import { INVOICE_ROWS } from "./authorization-matrix/rows-invoices.ts";
import { PAGE_ROWS } from "./authorization-matrix/rows-pages.ts";
import { runRows } from "./authorization-matrix/run-rows.ts";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

describe("invoices", () => {
  runRows(INVOICE_ROWS);
});

describe("the pages' data", () => {
  runRows(PAGE_ROWS);
});
