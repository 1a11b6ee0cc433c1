import { describe, expect, it } from "vitest";
import { parisDayEnd, parisDayStart } from "@/lib/paris-day.ts";
import { criteriaFromSearchParams, criteriaToSearchParams, searchCriteriaSchema } from "@/features/invoices/tracking/rules/search-criteria.ts";
import { summarize } from "@/features/invoices/tracking/rules/summary.ts";

const parse = (input: Record<string, string>) => searchCriteriaSchema.safeParse(input);
const errorsOf = (input: Record<string, string>) => {
  const result = parse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("search criteria", () => {
  it("take empty fields for 'any', with the default sort (newest deposit first) and page 1", () => {
    expect(parse({ numero: "", statut: "", montantMin: " " })).toEqual({ success: true, data: { tri: "depot", ordre: "desc", page: 1 } });
  });

  it("normalise amounts typed the French way, and keep them decimal strings", () => {
    const result = parse({ montantMin: "1 234,5", montantMax: "2\u202f000" });
    expect(result.data).toMatchObject({ montantMin: "1234.5", montantMax: "2000" });
  });

  it("refuse with French messages on the field", () => {
    expect(errorsOf({ depotDu: "2026-02-30" })).toEqual({ depotDu: "La date de dépôt « du » n'est pas une date valide." });
    expect(errorsOf({ depotDu: "01/03/2026" })).toEqual({ depotDu: "La date de dépôt « du » doit être une date (JJ/MM/AAAA)." });
    expect(errorsOf({ depotDu: "2026-03-02", depotAu: "2026-03-01" })).toEqual({ depotAu: "La date « au » doit être postérieure ou égale à la date « du »." });
    expect(errorsOf({ montantMin: "100", montantMax: "99.99" })).toEqual({ montantMax: "Le montant maximum doit être supérieur ou égal au montant minimum." });
    expect(errorsOf({ montantMin: "-5" })).toEqual({ montantMin: "Le montant TTC minimum doit être un montant positif (au plus 2 décimales)." });
    expect(errorsOf({ montantMax: "1.234" })).toHaveProperty("montantMax");
    expect(errorsOf({ statut: "PAYEE" })).toEqual({ statut: "Choisissez un état dans la liste." });
    expect(errorsOf({ cadre: "A4" })).toEqual({ cadre: "Choisissez un cadre de facturation dans la liste." });
    expect(errorsOf({ structure: "pas-un-uuid" })).toEqual({ structure: "Choisissez une de vos structures." });
    expect(errorsOf({ tri: "id" })).toEqual({ tri: "Tri inconnu." });
    expect(errorsOf({ page: "0" })).toHaveProperty("page");
    expect(errorsOf({ numero: "x".repeat(51) })).toEqual({ numero: "Le numéro comporte au plus 50 caractères." });
  });

  it("go back and forth as GET parameters, leaving the defaults out", () => {
    const values = criteriaFromSearchParams({ numero: "FA", statut: ["REJETEE", "DEPOSEE"], page: "2", vide: undefined });
    expect(values).toEqual({ numero: "FA", statut: "REJETEE", page: "2" });
    const criteria = searchCriteriaSchema.parse(values);
    expect(criteriaToSearchParams(criteria).toString()).toBe("numero=FA&statut=REJETEE&page=2");
    expect(criteriaToSearchParams(criteria, { page: 1, tri: "montant", ordre: "asc" }).toString()).toBe("numero=FA&statut=REJETEE&tri=montant&ordre=asc");
    expect(criteriaFromSearchParams(new URLSearchParams("numero=FA&numero=FB"))).toEqual({ numero: "FA" });
  });
});

describe("Paris days", () => {
  it("start at Paris midnight, winter and summer, across the clock changes", () => {
    expect(parisDayStart("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(parisDayStart("2026-07-14").toISOString()).toBe("2026-07-13T22:00:00.000Z");
    expect(parisDayStart("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(parisDayEnd("2026-03-29").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(parisDayStart("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(parisDayEnd("2026-10-25").toISOString()).toBe("2026-10-25T23:00:00.000Z");
    expect(parisDayEnd("2026-12-31").toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });
});

describe("Synthèse", () => {
  it("orders the états as the lifecycle, one line per currency, totals per currency without mixing them", () => {
    const { rows, totals } = summarize([
      { status: "MISE_EN_PAIEMENT", currency: "EUR", count: 2, totalGross: "10.1" },
      { status: "DEPOSEE", currency: "USD", count: 1, totalGross: "5" },
      { status: "DEPOSEE", currency: "EUR", count: 3, totalGross: "0.2" },
      { status: "BROUILLON", currency: "EUR", count: 1, totalGross: "0.1" },
    ]);
    expect(rows.map((row) => `${row.label} ${row.currency} ${row.count} ${row.totalGross}`)).toEqual([
      "Brouillon EUR 1 0.10",
      "Déposée EUR 3 0.20",
      "Déposée USD 1 5.00",
      "Mise en paiement EUR 2 10.10",
    ]);
    expect(totals).toEqual([
      { currency: "EUR", count: 6, totalGross: "10.40" },
      { currency: "USD", count: 1, totalGross: "5.00" },
    ]);
  });
});
