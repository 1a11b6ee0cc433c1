import { describe, expect, it } from "vitest";
import { dashboardCounts, tileMatches, tileSearchParams, withHandledRejections, DASHBOARD_TILES } from "@/features/invoices/tracking/rules/dashboard-tiles.ts";
import { ALREADY_HANDLED_MESSAGE, awaitsRejectionHandling, NOT_REJECTED_MESSAGE, rejectionHandlingRefusal } from "@/features/invoices/tracking/rules/rejection-handling.ts";
import { searchCriteriaSchema } from "@/features/invoices/tracking/rules/search-criteria.ts";

describe("rejectionHandlingRefusal (« Traiter le rejet »)", () => {
  it("a rejected invoice not yet handled can be handled, once", () => {
    expect(rejectionHandlingRefusal({ status: "REJETEE", rejectionHandledAt: null })).toBeNull();
    expect(awaitsRejectionHandling({ status: "REJETEE", rejectionHandledAt: null })).toBe(true);
    expect(rejectionHandlingRefusal({ status: "REJETEE", rejectionHandledAt: new Date() })).toBe(ALREADY_HANDLED_MESSAGE);
    expect(awaitsRejectionHandling({ status: "REJETEE", rejectionHandledAt: new Date() })).toBe(false);
  });

  it("any other état is refused", () => {
    for (const status of ["DEPOSEE", "SUSPENDUE", "A_RECYCLER", "MISE_EN_PAIEMENT", "REFUSEE_1"]) {
      expect(rejectionHandlingRefusal({ status, rejectionHandledAt: null })).toBe(NOT_REJECTED_MESSAGE);
    }
  });
});

describe("the dashboard's Rejetée tile counts the rejections still to handle", () => {
  const tile = DASHBOARD_TILES.find((candidate) => candidate.status === "REJETEE")!;

  it("opens Rechercher on the same criteria", () => {
    expect(tileSearchParams(tile)).toEqual({ statut: "REJETEE", rejet: "a-traiter" });
    expect(searchCriteriaSchema.parse(tileSearchParams(tile))).toMatchObject({ statut: "REJETEE", rejet: "a-traiter" });
  });

  it("handled rejections are taken out of their group and leave the tile", () => {
    const groups = withHandledRejections(
      [
        { status: "REJETEE", cadre: "A1", automatic: false, count: 5 },
        { status: "REJETEE", cadre: "A9", automatic: false, count: 1 },
        { status: "DEPOSEE", cadre: "A1", automatic: false, count: 3 },
      ],
      [{ cadre: "A1", count: 2 }, { cadre: "A9", count: 1 }],
    );
    expect(groups.filter((group) => group.status === "REJETEE" && !group.rejectionHandled)).toEqual([{ status: "REJETEE", cadre: "A1", automatic: false, count: 3 }]);
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(9);
    const counts = Object.fromEntries(dashboardCounts(groups).map(({ tile: shown, count }) => [shown.key, count]));
    expect(counts.rejetee).toBe(3);
    expect(counts.deposee).toBe(3);
    expect(tileMatches(tile, { status: "REJETEE", cadre: "A1", automatic: false, rejectionHandled: true })).toBe(false);
  });

  it("Rechercher refuses an unknown « rejet » value", () => {
    expect(searchCriteriaSchema.safeParse({ rejet: "peut-etre" }).success).toBe(false);
  });
});
