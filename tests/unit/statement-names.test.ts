// Names of prepared statements (src/server/statement-names.ts).
import { describe, expect, it } from "vitest";
import { statementNamer } from "@/server/statement-names.ts";

describe("statementNamer", () => {
  it("names the same text the same way, and two texts differently", () => {
    const name = statementNamer();
    const first = name({ sql: "SELECT 1" });
    expect(first).toMatch(/^s[\w-]{27}$/);
    expect(name({ sql: "SELECT 1" })).toBe(first);
    expect(name({ sql: "SELECT 2" })).not.toBe(first);
    // Another process (another namer) gives the same name: a name only ever stands for its text.
    expect(statementNamer()({ sql: "SELECT 1" })).toBe(first);
  });

  it("names at most `limit` texts, then leaves new ones unnamed while the known keep their names", () => {
    const name = statementNamer(2);
    const a = name({ sql: "SELECT 'a'" });
    name({ sql: "SELECT 'b'" });
    expect(name({ sql: "SELECT 'c'" })).toBe("");
    expect(name({ sql: "SELECT 'a'" })).toBe(a);
  });
});
