import { describe, expect, it } from "vitest";
import { heapGrowingPercent, withHeapGrowthLimited } from "@/server/heap-growth.ts";

describe("heapGrowingPercent", () => {
  it("limits the growth to 20 % by default, takes HEAP_GROWING_PERCENT (0: V8's own), refuses the rest in French", () => {
    expect(heapGrowingPercent(undefined)).toBe(20);
    expect(heapGrowingPercent(" ")).toBe(20);
    expect(heapGrowingPercent("50")).toBe(50);
    expect(heapGrowingPercent("0")).toBe(0);
    for (const setting of ["-1", "2.5", "vingt", "1001"]) expect(() => heapGrowingPercent(setting)).toThrow(/HEAP_GROWING_PERCENT doit être un entier de 0 à 1000/);
  });
});

describe("withHeapGrowthLimited", () => {
  it("gives back what the work returns or throws, nested and concurrent runs included", async () => {
    await expect(withHeapGrowthLimited(async () => 42)).resolves.toBe(42);
    const both = await Promise.all([withHeapGrowthLimited(async () => withHeapGrowthLimited(async () => "a")), withHeapGrowthLimited(async () => "b")]);
    expect(both).toEqual(["a", "b"]);
    await expect(withHeapGrowthLimited(async () => Promise.reject(new Error("raté")))).rejects.toThrow("raté");
  });
});
