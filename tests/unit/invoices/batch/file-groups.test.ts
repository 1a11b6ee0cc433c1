import { describe, expect, it } from "vitest";
import { FILES_PER_GROUP, GROUP_BYTES, fileGroups } from "@/features/invoices/batch/rules/file-groups.ts";

const file = (name: string, bytes: number) => ({ name, content: new Uint8Array(bytes) });
const names = (groups: { name: string }[][]) => groups.map((group) => group.map((item) => item.name));

describe("fileGroups", () => {
  it("puts FILES_PER_GROUP small files per group, in their order", () => {
    const files = Array.from({ length: FILES_PER_GROUP * 2 + 3 }, (_, index) => file(`f${index}`, 5_000));
    const groups = fileGroups(files);
    expect(groups.map((group) => group.length)).toEqual([FILES_PER_GROUP, FILES_PER_GROUP, 3]);
    expect(groups.flat()).toEqual(files);
  });

  it("starts a new group before GROUP_BYTES would be passed, and sends a larger file alone", () => {
    const half = GROUP_BYTES / 2;
    const groups = fileGroups([file("a", half), file("b", half), file("c", 1), file("big", GROUP_BYTES + 1), file("d", 1)]);
    expect(names(groups)).toEqual([["a", "b"], ["c"], ["big"], ["d"]]);
  });

  it("gives no group for no file", () => {
    expect(fileGroups([])).toEqual([]);
  });
});
