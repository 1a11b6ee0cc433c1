// The buyer's desk, pure parts: what « à traiter » means (held to the status machine), the dashboard's tiles from the
// aggregate's groups, the ZIP's entry names.
import { describe, expect, it } from "vitest";
import { RECEIVED_STATUSES } from "@/features/invoices/common/ui.ts";
import { receivedDashboard, TO_PROCESS_STATUSES } from "@/features/invoices/received/rules/received-dashboard.ts";
import { recipientActionsFor } from "@/features/invoices/received/rules/recipient-moves.ts";
import { invoiceFolder, safeEntryName, uniqueEntryName } from "@/features/invoices/received/rules/received-zip.ts";
import { receivedCsvCells, RECEIVED_CSV_HEADERS } from "@/features/invoices/received/rules/received-csv.ts";

describe("à traiter", () => {
  it("is every received status the recipient may move on, but those waiting for the supplier", () => {
    for (const status of TO_PROCESS_STATUSES) expect(recipientActionsFor(status).length, status).toBeGreaterThan(0);
    const others = RECEIVED_STATUSES.filter((status) => !(TO_PROCESS_STATUSES as readonly string[]).includes(status));
    expect(others.sort()).toEqual(["A_RECYCLER", "MISE_EN_PAIEMENT", "REJETEE", "SUSPENDUE"]);
  });
});

describe("the dashboard's tiles", () => {
  const services = [
    { id: "s1", label: "COLLEGE - Collèges" },
    { id: "s2", label: "LYCEE - Lycées" },
  ];
  const dashboard = receivedDashboard(
    [
      { status: "MISE_A_DISPOSITION", serviceId: "s1", count: 3 },
      { status: "MISE_A_DISPOSITION", serviceId: null, count: 2 },
      { status: "SUSPENDUE", serviceId: "s1", count: 4 },
      { status: "COMPLETEE", serviceId: "s2", count: 1 },
    ],
    services,
  );

  it("counts à traiter, per status and per service (an empty service shows 0; no service counts in the totals only)", () => {
    expect(dashboard.total).toBe(10);
    expect(dashboard.toProcessTotal).toBe(6);
    expect(dashboard.toProcess[0]).toMatchObject({ key: "a-traiter", count: 6, searchParams: { aTraiter: "oui" } });
    expect(dashboard.byStatus.find((tile) => tile.key === "statut-suspendue")).toMatchObject({ count: 4, searchParams: { statut: "SUSPENDUE" } });
    expect(dashboard.byService).toEqual([
      { key: "service-s1", label: "COLLEGE - Collèges", count: 7, searchParams: { service: "s1" }, detail: "dont 3 à traiter" },
      { key: "service-s2", label: "LYCEE - Lycées", count: 1, searchParams: { service: "s2" }, detail: "dont 1 à traiter" },
    ]);
  });

  it("has one tile per received status and one per status to process, plus the total", () => {
    expect(dashboard.byStatus).toHaveLength(RECEIVED_STATUSES.length);
    expect(dashboard.toProcess).toHaveLength(TO_PROCESS_STATUSES.length + 1);
  });
});

describe("the ZIP's names", () => {
  it("keeps names free of paths and reserved characters, and unique", () => {
    expect(safeEntryName("../../etc/passwd")).toBe("__.._etc_passwd");
    expect(safeEntryName('a:b*c?"d<e>f|g')).toBe("a_b_c__d_e_f_g");
    expect(safeEntryName("")).toBe("fichier");
    expect(invoiceFolder({ number: "F/2026/1", supplierIdentifier: "41234567800012" })).toBe("F_2026_1_41234567800012");
    const taken = new Set<string>();
    expect(["a/x.pdf", "a/x.pdf", "a/x.pdf", "a/y"].map((name) => uniqueEntryName(taken, name))).toEqual(["a/x.pdf", "a/x-2.pdf", "a/x-3.pdf", "a/y"]);
  });
});

describe("the export's line", () => {
  it("writes decimal commas and French dates, in the headers' order", () => {
    const cells = receivedCsvCells({
      supplierName: "CHORUS DEUX",
      supplierIdentifier: "41234567800012",
      type: "FACTURE",
      number: "F-1",
      invoiceDate: new Date("2026-03-02T00:00:00Z"),
      depositDate: new Date("2026-03-03T10:00:00Z"),
      receivedAt: new Date("2026-03-04T10:00:00Z"),
      recipientName: "COMMUNE",
      service: "COLLEGE - Collèges",
      status: "REJETEE",
      statusChangedAt: new Date("2026-03-05T10:00:00Z"),
      motif: "Facture en double",
      totalNet: "1000.00",
      totalVat: "200.00",
      totalGross: "1200.00",
      amountDue: "1150.50",
      currency: "EUR",
    });
    expect(Object.fromEntries(RECEIVED_CSV_HEADERS.map((header, i) => [header, cells[i]]))).toMatchObject({
      "Date de facture": "02/03/2026",
      "Date de réception": "04/03/2026",
      Statut: "Rejetée",
      Motif: "Facture en double",
      "Montant HT": "1000,00",
      "Net à payer": "1150,50",
    });
  });
});
