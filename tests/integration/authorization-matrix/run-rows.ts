// Runs rows of the matrix in every cell against one world built for the test file, and reports every cell that
// differs from its expected outcome in one table (entry, actor, side: expected → observed, message).
import { beforeAll, expect, it } from "vitest";
import type { Rows } from "./rows.ts";
import { buildWorld, cellsOf, CONSULTATION_REFUSAL, expectedOutcome, matches, outcomeOf, type World } from "./world.ts";

/** Structure-free rows run once per actor; the others on the actor's own structure and on a foreign one. */
const STRUCTURE_FREE = new Set(["public", "signedIn", "platformAdmin"]);

export function runRows(rows: Rows) {
  let world: World;
  beforeAll(async () => {
    world = await buildWorld();
  }, 120_000);

  for (const [entry, row] of Object.entries(rows)) {
    if (!row.run) continue;
    it(`${entry} → ${row.reaches}`, async () => {
      const mismatches: string[] = [];
      for (const cell of cellsOf(world).filter((c) => !STRUCTURE_FREE.has(row.access.kind) || c.side === "own")) {
        const wanted = row.expect?.(cell) ?? expectedOutcome(row.access, cell);
        const { outcome, message } = await outcomeOf(row.access, () => row.run!(cell));
        const refusalWording = wanted === "FORBIDDEN" && cell.right === "CONSULTATION" && row.access.kind !== "signedIn" && !CONSULTATION_REFUSAL.test(message ?? "");
        if (!matches(wanted, outcome) || refusalWording) {
          mismatches.push(`${cell.actor} ${cell.side}: expected ${wanted}, got ${outcome}${message ? ` (${message})` : ""}${refusalWording ? " — not the consultation refusal's wording" : ""}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
}
