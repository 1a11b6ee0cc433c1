import { describe, expect, it } from "vitest";
import { defaultFileWorkerCount, webWorkerCount } from "@/server/http/web-workers.ts";

describe("webWorkerCount", () => {
  it("forks one web worker per core when WEB_CONCURRENCY is not set (2 cores → 2)", () => {
    expect(webWorkerCount(undefined, 2, false)).toBe(2);
    expect(webWorkerCount("  ", 8, false)).toBe(8);
  });

  it("takes WEB_CONCURRENCY as given, whatever the cores (3 on 2 cores → 3)", () => {
    expect(webWorkerCount("3", 2, false)).toBe(3);
    expect(webWorkerCount("1", 16, false)).toBe(1);
  });

  it("runs one process in development, whatever is asked", () => {
    expect(webWorkerCount("4", 8, true)).toBe(1);
  });

  it("refuses a count that is not a whole number from 1 to 64, in French", () => {
    for (const setting of ["0", "-1", "2.5", "deux", "65"]) {
      expect(() => webWorkerCount(setting, 2, false)).toThrow(/WEB_CONCURRENCY doit être un nombre entier de processus entre 1 et 64/);
    }
  });

  it("gives each process's file-reading threads its share of the cores, one at least", () => {
    expect(defaultFileWorkerCount(2, 2)).toBe(1);
    expect(defaultFileWorkerCount(8, 2)).toBe(4);
    expect(defaultFileWorkerCount(2, 1)).toBe(2);
    expect(defaultFileWorkerCount(2, 3)).toBe(1);
  });
});
