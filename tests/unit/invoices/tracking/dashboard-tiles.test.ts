import { describe, expect, it } from "vitest";
import { MOE_CIRCUIT_STATUSES } from "@/features/invoices/common/ui.ts";
import { DASHBOARD_TILES, dashboardCounts, tileMatches, tileSearchParams, type StatusGroup } from "@/features/invoices/tracking/rules/dashboard-tiles.ts";
import { searchCriteriaSchema } from "@/features/invoices/tracking/rules/search-criteria.ts";
import { InvoiceStatus } from "@/generated/prisma/enums.ts";

const tile = (label: string) => DASHBOARD_TILES.find((candidate) => candidate.label === label)!;

describe("the dashboard's tiles (seed 002)", () => {
  it("start with the A9/A12 validation tiles, then Déposée and Mise à disposition, as in the portal", () => {
    expect(DASHBOARD_TILES.slice(0, 6).map((t) => t.label)).toEqual([
      "Validée",
      "Validée par mandataire",
      "Refusée",
      "Refusée par mandataire",
      "Validation automatique hors délai",
      "Validation mandataire automatique hors délai",
    ]);
    const labels = DASHBOARD_TILES.map((t) => t.label);
    expect(labels.indexOf("Déposée")).toBeLessThan(labels.indexOf("Mise à disposition"));
    expect(labels).toContain("Rejetée");
    expect(labels).toContain("Suspendue");
    expect(labels).toContain("Mise en paiement");
    expect(new Set(labels).size).toBe(labels.length);
    expect(new Set(DASHBOARD_TILES.map((t) => t.key)).size).toBe(labels.length);
  });

  it("give every sent invoice exactly one tile (drafts and a works document still in its MOE circuit none)", () => {
    for (const status of Object.values(InvoiceStatus)) {
      for (const cadre of ["A1", "A2", "A9", "A12"] as const) {
        for (const automatic of [false, true]) {
          if (automatic && status !== "VALIDEE_1") continue;
          // A validation step only exists for the contracts with a holder.
          if (["VALIDEE_1", "REFUSEE_1"].includes(status) && (cadre === "A1" || cadre === "A2")) continue;
          const matching = DASHBOARD_TILES.filter((t) => tileMatches(t, { status, cadre, automatic }));
          expect({ status, cadre, automatic, tiles: matching.length }).toEqual({ status, cadre, automatic, tiles: status === "BROUILLON" || (MOE_CIRCUIT_STATUSES as readonly string[]).includes(status) ? 0 : 1 });
        }
      }
    }
  });

  it("tell the holder's validation from the platform's, the titulaire (A9) from the mandataire (A12)", () => {
    expect(tileMatches(tile("Validée"), { status: "VALIDEE_1", cadre: "A9", automatic: false })).toBe(true);
    expect(tileMatches(tile("Validée"), { status: "VALIDEE_1", cadre: "A9", automatic: true })).toBe(false);
    expect(tileMatches(tile("Validée"), { status: "VALIDEE_1", cadre: "A12", automatic: false })).toBe(false);
    expect(tileMatches(tile("Validation mandataire automatique hors délai"), { status: "VALIDEE_1", cadre: "A12", automatic: true })).toBe(true);
    expect(tileMatches(tile("Refusée par mandataire"), { status: "REFUSEE_1", cadre: "A12", automatic: false })).toBe(true);
    expect(tileMatches(tile("Mise à disposition"), { status: "MISE_A_DISPOSITION", cadre: "A9", automatic: false })).toBe(true);
  });

  it("add the groups of the aggregate query up per tile", () => {
    const groups: StatusGroup[] = [
      { status: "MISE_A_DISPOSITION", cadre: "A1", automatic: false, count: 300 },
      { status: "MISE_A_DISPOSITION", cadre: "A12", automatic: false, count: 21 },
      { status: "DEPOSEE", cadre: "A1", automatic: false, count: 1 },
      { status: "VALIDEE_1", cadre: "A12", automatic: true, count: 2 },
      { status: "BROUILLON", cadre: "A1", automatic: false, count: 9 },
    ];
    const counts = Object.fromEntries(dashboardCounts(groups).map(({ tile: t, count }) => [t.label, count]));
    expect(counts).toMatchObject({ Validée: 0, "Validation mandataire automatique hors délai": 2, Déposée: 1, "Mise à disposition": 321 });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(324);
  });

  it("open Rechercher with criteria the search schema accepts", () => {
    expect(tileSearchParams(tile("Validation automatique hors délai"))).toEqual({ statut: "VALIDEE_1", cadre: "A9", validation: "automatique" });
    expect(tileSearchParams(tile("Rejetée"))).toEqual({ statut: "REJETEE", rejet: "a-traiter" });
    for (const t of DASHBOARD_TILES) expect(searchCriteriaSchema.safeParse(tileSearchParams(t)).success).toBe(true);
  });
});
