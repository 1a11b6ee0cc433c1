// When the total of Factures reçues comes from the kept counts (status, « à traiter », service alone) and what it sums.
import { describe, expect, it } from "vitest";
import { countableByGroups, totalOfGroups } from "@/features/invoices/received/rules/received-counts.ts";
import type { ReceivedGroup } from "@/features/invoices/received/rules/received-dashboard.ts";

const groups: ReceivedGroup[] = [
  { status: "MISE_A_DISPOSITION", serviceId: "college", count: 5 },
  { status: "MISE_A_DISPOSITION", serviceId: null, count: 2 },
  { status: "REJETEE", serviceId: "college", count: 3 },
  { status: "SERVICE_FAIT", serviceId: "lycee", count: 7 },
  { status: "MISE_EN_PAIEMENT", serviceId: "lycee", count: 11 },
];

describe("countableByGroups", () => {
  it("answers the list as it opens, a status, « à traiter », a service, with any sort or page", () => {
    for (const filters of [{}, { status: "REJETEE" as const }, { toProcess: true }, { serviceId: "college", toProcess: true }, { sort: "montant" as const, direction: "asc" as const, page: 4 }]) {
      expect(countableByGroups(filters)).toBe(true);
    }
  });

  it("leaves to a count any other criterion, blank ones aside", () => {
    for (const filters of [{ number: "F-1" }, { supplier: "ACME" }, { paymentDeadline: "depasse" as const }, { depositFrom: "2026-01-01" }, { depositTo: "2026-01-01" }, { amountMin: "10" }, { amountMax: "10" }, { status: "REJETEE" as const, amountMin: "1" }]) {
      expect(countableByGroups(filters)).toBe(false);
    }
    expect(countableByGroups({ number: "  ", supplier: "" })).toBe(true);
  });
});

describe("totalOfGroups", () => {
  it("sums the groups of the status, of those à traiter, of the service, or all", () => {
    expect(totalOfGroups(groups, {})).toBe(28);
    expect(totalOfGroups(groups, { status: "MISE_A_DISPOSITION" })).toBe(7);
    expect(totalOfGroups(groups, { toProcess: true })).toBe(14);
    expect(totalOfGroups(groups, { serviceId: "college" })).toBe(8);
    expect(totalOfGroups(groups, { serviceId: "lycee", toProcess: true })).toBe(7);
    expect(totalOfGroups(groups, { serviceId: "lycee", status: "REJETEE" })).toBe(0);
  });
});
