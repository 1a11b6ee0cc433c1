import { describe, expect, it } from "vitest";
import { visibleTabs } from "@/features/structures/rules/espaces.ts";

describe("the Administration tab", () => {
  it("is shown to platform administrators only, after the other tabs, whatever their espaces", () => {
    const labels = (administrator: boolean) => visibleTabs(new Set(["FACTURES_EMISES"]), { administrator }).map((tab) => tab.label);
    expect(labels(false)).not.toContain("Administration");
    expect(labels(true).at(-1)).toBe("Administration");
    expect(labels(true).slice(0, -1)).toEqual(labels(false));
    expect(visibleTabs(new Set()).map((tab) => tab.label)).toEqual(["Accueil connecté", "Mon compte"]);
  });
});
