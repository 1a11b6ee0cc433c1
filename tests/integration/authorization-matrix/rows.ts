// The rows of the authorization matrix: one per server action (by its exported name) and per route handler method
// ("GET /factures-emises/[id]/documents/[kind]"). Each says what it reaches and what it does (see Access in world.ts),
// and runs that use case (or the route handler) as the cell's user on the cell's structure. Add the row of every new
// action or route here (or in a rows-*.ts file of your area merged in ROWS below): the matrix test fails without it.
import type { Access, Cell, RunResult } from "./world.ts";

export type MatrixRow = {
  /** The use case or page data the entry reaches. */
  reaches: string;
  access: Access;
  /** Calls the use case (or the route handler, with the session mocked as the cell's user). A list row returns whether it shows the cell's item. */
  run?: (cell: Cell) => Promise<RunResult>;
  /** Replaces the access's expected outcome for a cell (an entry whose rule is not one of the kinds). */
  expect?: (cell: Cell) => import("./world.ts").Outcome | undefined;
  /** Why the row has no run yet (its owner adds it); the test lists these rows. */
  todo?: string;
};

export type Rows = Record<string, MatrixRow>;
