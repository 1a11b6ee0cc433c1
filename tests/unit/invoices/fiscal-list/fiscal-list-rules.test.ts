// The rules of the « Liste fiscale »: the period's bounds (months, quarters, leap years, the at-most-a-year rule), the
// avoirs counted negative, the totals per VAT rate and per currency (Decimal, no float drift), the mandate in force
// when an invoice was sent, and the CSV cells.
import { describe, expect, it } from "vitest";
import { fiscalListCriteriaSchema } from "@/features/invoices/fiscal-list/schemas.ts";
import { fiscalCriteriaToSearchParams, fiscalListFileName, periodOf } from "@/features/invoices/fiscal-list/rules/fiscal-period.ts";
import { fiscalTotals, signedAmounts } from "@/features/invoices/fiscal-list/rules/fiscal-totals.ts";
import { issuingMandate } from "@/features/invoices/fiscal-list/rules/issuing-mandate.ts";
import { FISCAL_LIST_HEADERS, fiscalListCells, type FiscalListRow } from "@/features/invoices/fiscal-list/rules/fiscal-list-row.ts";

const STRUCTURE = "0b6a3c1e-2f4d-4c6b-9a8e-1d2c3b4a5f60";
const parse = (input: Record<string, unknown>) => fiscalListCriteriaSchema.safeParse({ structure: STRUCTURE, ...input });
const errorsOf = (input: Record<string, unknown>) => {
  const result = parse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("the period of a Liste fiscale", () => {
  it("is a whole month, February of a leap year included", () => {
    expect(periodOf(parse({ periode: "mois", annee: "2028", mois: "2" }).data!)).toEqual({ from: "2028-02-01", to: "2028-02-29", label: "février 2028" });
    expect(periodOf(parse({ periode: "mois", annee: "2026", mois: "2" }).data!)).toMatchObject({ from: "2026-02-01", to: "2026-02-28" });
    expect(periodOf(parse({ periode: "mois", annee: "2026", mois: "12" }).data!)).toMatchObject({ from: "2026-12-01", to: "2026-12-31" });
  });

  it("is a quarter, or a year, or the two dates given", () => {
    expect(periodOf(parse({ periode: "trimestre", annee: "2026", trimestre: "1" }).data!)).toEqual({ from: "2026-01-01", to: "2026-03-31", label: "1er trimestre 2026" });
    expect(periodOf(parse({ periode: "trimestre", annee: "2026", trimestre: "4" }).data!)).toEqual({ from: "2026-10-01", to: "2026-12-31", label: "4e trimestre 2026" });
    expect(periodOf(parse({ periode: "annee", annee: "2026" }).data!)).toMatchObject({ from: "2026-01-01", to: "2026-12-31" });
    expect(periodOf(parse({ periode: "dates", du: "2026-03-15", au: "2026-04-14" }).data!)).toEqual({ from: "2026-03-15", to: "2026-04-14", label: "du 15/03/2026 au 14/04/2026" });
  });

  it("asks for the fields of its kind, each on its field", () => {
    expect(errorsOf({ periode: "mois" })).toEqual({ annee: "Indiquez l'année.", mois: "Choisissez le mois." });
    expect(errorsOf({ periode: "trimestre", annee: "2026" })).toEqual({ trimestre: "Choisissez le trimestre." });
    expect(errorsOf({ periode: "dates", du: "2026-01-01" })).toEqual({ au: "Indiquez la date de fin." });
    expect(errorsOf({ periode: "semaine", annee: "2026" })).toHaveProperty("periode");
  });

  it("is bounded: real dates, years 2000 to 2099, months 1 to 12, quarters 1 to 4, at most 366 days, « au » not before « du »", () => {
    expect(errorsOf({ periode: "annee", annee: "1999" })).toHaveProperty("annee");
    expect(errorsOf({ periode: "annee", annee: "2100" })).toHaveProperty("annee");
    expect(errorsOf({ periode: "mois", annee: "2026", mois: "13" })).toHaveProperty("mois");
    expect(errorsOf({ periode: "trimestre", annee: "2026", trimestre: "5" })).toHaveProperty("trimestre");
    expect(errorsOf({ periode: "dates", du: "2026-02-30", au: "2026-03-01" })).toHaveProperty("du");
    expect(errorsOf({ periode: "dates", du: "2026-03-02", au: "2026-03-01" })).toEqual({ au: "La date « au » doit être postérieure ou égale à la date « du »." });
    // 2028 is a leap year: 366 days from 1 January to 31 December is allowed, one more is not.
    expect(errorsOf({ periode: "dates", du: "2028-01-01", au: "2028-12-31" })).toEqual({});
    expect(errorsOf({ periode: "dates", du: "2026-01-01", au: "2027-01-02" })).toHaveProperty("au");
    expect(errorsOf({ periode: "mois", annee: "2026", mois: "3", structure: "pas-un-uuid" })).toHaveProperty("structure");
  });

  it("goes back to GET parameters with only its kind's fields, and names the export files by its days", () => {
    const criteria = parse({ periode: "trimestre", annee: "2026", trimestre: "2", mois: "5", page: "3" }).data!;
    expect(Object.fromEntries(fiscalCriteriaToSearchParams(criteria, { page: 1 }))).toEqual({ structure: STRUCTURE, periode: "trimestre", annee: "2026", trimestre: "2" });
    expect(fiscalListFileName(periodOf(criteria), "csv")).toBe("liste-fiscale-2026-04-01-au-2026-06-30.csv");
  });
});

describe("the amounts of a Liste fiscale", () => {
  it("counts an avoir negative, every amount of it, and leaves an invoice as it is", () => {
    const amounts = { totalNet: "100.00", totalVat: "20.00", totalGross: "120.00", vatRecap: [{ rate: "20.00", taxableAmount: "100.00", taxAmount: "20.00" }] };
    expect(signedAmounts("AVOIR", amounts)).toEqual({ totalNet: "-100.00", totalVat: "-20.00", totalGross: "-120.00", vatRecap: [{ rate: "20", taxableAmount: "-100.00", taxAmount: "-20.00" }] });
    expect(signedAmounts("FACTURE", amounts)).toEqual({ ...amounts, vatRecap: [{ rate: "20", taxableAmount: "100.00", taxAmount: "20.00" }] });
    expect(signedAmounts("AVOIR", { totalNet: "0.00", totalVat: "0.00", totalGross: "0.00", vatRecap: [] }).totalGross).toBe("0.00");
  });

  it("totals per VAT rate (by increasing rate) and overall, avoirs deducted, per currency, without float drift", () => {
    const facture = signedAmounts("FACTURE", {
      totalNet: "300.10",
      totalVat: "40.54",
      totalGross: "340.64",
      vatRecap: [
        { rate: "5.5", taxableAmount: "100.10", taxAmount: "5.51" },
        { rate: "20", taxableAmount: "200.00", taxAmount: "35.03" },
      ],
    });
    const small = signedAmounts("FACTURE", { totalNet: "0.10", totalVat: "0.02", totalGross: "0.12", vatRecap: [{ rate: "20.00", taxableAmount: "0.10", taxAmount: "0.02" }] });
    const avoir = signedAmounts("AVOIR", { totalNet: "50.00", totalVat: "10.00", totalGross: "60.00", vatRecap: [{ rate: "20", taxableAmount: "50.00", taxAmount: "10.00" }] });
    const dollars = signedAmounts("FACTURE", { totalNet: "10.00", totalVat: "0.00", totalGross: "10.00", vatRecap: [{ rate: "0", taxableAmount: "10.00", taxAmount: "0.00" }] });
    const totals = fiscalTotals([
      { type: "FACTURE", currency: "USD", ...dollars },
      { type: "FACTURE", currency: "EUR", ...facture },
      { type: "FACTURE", currency: "EUR", ...small },
      { type: "AVOIR", currency: "EUR", ...avoir },
    ]);
    expect(totals).toEqual([
      {
        currency: "EUR",
        invoiceCount: 3,
        creditNoteCount: 1,
        byRate: [
          { rate: "5.5", taxableAmount: "100.10", taxAmount: "5.51", grossAmount: "105.61" },
          { rate: "20", taxableAmount: "150.10", taxAmount: "25.05", grossAmount: "175.15" },
        ],
        totalNet: "250.20",
        totalVat: "30.56",
        totalGross: "280.76",
      },
      { currency: "USD", invoiceCount: 1, creditNoteCount: 0, byRate: [{ rate: "0", taxableAmount: "10.00", taxAmount: "0.00", grossAmount: "10.00" }], totalNet: "10.00", totalVat: "0.00", totalGross: "10.00" },
    ]);
  });

  it("has no totals for an empty period", () => {
    expect(fiscalTotals([])).toEqual([]);
  });
});

describe("the mandate an invoice was issued under", () => {
  const first = { id: "m1", libelle: "MANDAT 1", signedAt: new Date("2026-01-10T10:00:00Z"), revokedAt: new Date("2026-03-01T08:00:00Z") };
  const second = { id: "m2", libelle: "MANDAT 2", signedAt: new Date("2026-03-05T09:00:00Z"), revokedAt: null };
  const unsigned = { id: "m3", libelle: "MANDAT 3", signedAt: null, revokedAt: null };
  const mandates = [first, second, unsigned];

  it("is the one signed before the sending and not revoked yet", () => {
    expect(issuingMandate(mandates, new Date("2026-02-01T00:00:00Z"))?.id).toBe("m1");
    expect(issuingMandate(mandates, new Date("2026-06-01T00:00:00Z"))?.id).toBe("m2");
    expect(issuingMandate(mandates, new Date("2026-03-05T09:00:00Z"))?.id).toBe("m2");
  });

  it("is none before any signature, between a revocation and the next signature, or for a structure without mandate", () => {
    expect(issuingMandate(mandates, new Date("2026-01-01T00:00:00Z"))).toBeNull();
    expect(issuingMandate(mandates, new Date("2026-03-01T08:00:00Z"))).toBeNull();
    expect(issuingMandate([], new Date())).toBeNull();
  });
});

describe("a line of the CSV", () => {
  it("has the headers' columns: decimal comma, French dates, the mandate and the fingerprint", () => {
    const row: FiscalListRow = {
      invoiceId: "i1",
      number: "F-2026-001",
      invoiceDate: new Date("2026-03-01T00:00:00Z"),
      sentAt: new Date("2026-03-02T10:00:00Z"),
      recipientName: "DEP COTES-D'ARMOR",
      recipientIdentifier: "22220001800016",
      type: "AVOIR",
      currency: "EUR",
      totalNet: "-100.00",
      totalVat: "-20.00",
      totalGross: "-120.00",
      vatRecap: [],
      mandate: { id: "m1", libelle: "MANDAT CHORUS SOCIETE" },
      sha256: "a".repeat(64),
    };
    const cells = fiscalListCells(row);
    expect(cells).toHaveLength(FISCAL_LIST_HEADERS.length);
    expect(cells).toEqual(["F-2026-001", "01/03/2026", "02/03/2026", "DEP COTES-D'ARMOR", "22220001800016", "Avoir", "-100,00", "-20,00", "-120,00", "EUR", "MANDAT CHORUS SOCIETE", "a".repeat(64)]);
  });
});
