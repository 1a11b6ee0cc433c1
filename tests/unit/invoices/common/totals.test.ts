import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeTotals, formatAmount, type LineAmountsInput } from "@/features/invoices/common/rules/totals.ts";

describe("invoice totals", () => {
  it("gives the seed's example: 4 Kilo of Pommes at 2 € HT, 5.5 % → 8.00 / 0.44 / 8.44, net 8.44", () => {
    const totals = computeTotals({ lines: [{ quantity: "4", unitPriceNet: "2", discountNet: "0", vatRate: "5.5" }] });
    expect(totals).toEqual({
      lines: [{ lineNet: "8.00", lineGross: "8.44" }],
      vatRecap: [{ rate: "5.5", taxableAmount: "8.00", taxAmount: "0.44" }],
      totalNet: "8.00",
      totalVat: "0.44",
      totalGrossBeforeDiscount: "8.44",
      globalDiscountGross: "0.00",
      totalGross: "8.44",
      prepaid: "0.00",
      amountDue: "8.44",
    });
  });

  it("rounds VAT per rate on the rate's base, not per line", () => {
    // Three lines of 0.10 at 20 %: per line 0.02 each (0.06), on the base 0.30 → 0.06; 0.15 → 0.03 per rate.
    const totals = computeTotals({
      lines: [
        { quantity: "1", unitPriceNet: "0.05", vatRate: "20" },
        { quantity: "1", unitPriceNet: "0.05", vatRate: "20" },
        { quantity: "1", unitPriceNet: "0.05", vatRate: "20" },
      ],
    });
    expect(totals.vatRecap).toEqual([{ rate: "20", taxableAmount: "0.15", taxAmount: "0.03" }]);
    expect(totals.totalVat).toBe("0.03");
  });

  it("subtracts the line discount and sorts the recap by rate", () => {
    const totals = computeTotals({
      lines: [
        { quantity: "3", unitPriceNet: "10.333333", discountNet: "1", vatRate: "20" },
        { quantity: "2.5", unitPriceNet: "4", vatRate: "5,5" },
      ],
    });
    expect(totals.lines.map((l) => l.lineNet)).toEqual(["30.00", "10.00"]);
    expect(totals.vatRecap.map((r) => r.rate)).toEqual(["5.5", "20"]);
    expect(totals.totalGross).toBe("46.55");
  });

  it("leaves nothing to pay on an invoice already paid (cadre A2)", () => {
    const totals = computeTotals({ lines: [{ quantity: "1", unitPriceNet: "100", vatRate: "20" }], prepaid: "120" });
    expect(totals.amountDue).toBe("0.00");
  });

  it("formats amounts in French, from the decimal string", () => {
    expect(formatAmount("8.44")).toBe("8,44");
    expect(formatAmount("1234567890123456.78")).toBe("1\u202f234\u202f567\u202f890\u202f123\u202f456,78");
    expect(formatAmount("-5")).toBe("-5,00");
  });
});

const amount = (max: number, scale: number) => fc.integer({ min: 0, max }).map((n) => new Decimal(n).dividedBy(10 ** scale).toFixed(scale));
const line: fc.Arbitrary<LineAmountsInput> = fc.record({
  quantity: amount(1_000_000, 3),
  unitPriceNet: amount(10_000_000, 4),
  discountNet: fc.constantFrom("0", "0.01", "1.50"),
  vatRate: fc.constantFrom("0", "2.1", "5.5", "10", "20"),
});

describe("invoice totals on random invoices", () => {
  it("the VAT recap adds up to the lines, and gross = net + VAT", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (lines) => {
        const totals = computeTotals({ lines });
        const sum = (values: string[]) => values.reduce((acc, v) => acc.plus(v), new Decimal(0));
        expect(sum(totals.vatRecap.map((r) => r.taxableAmount)).toFixed(2)).toBe(sum(totals.lines.map((l) => l.lineNet)).toFixed(2));
        expect(sum(totals.vatRecap.map((r) => r.taxableAmount)).toFixed(2)).toBe(totals.totalNet);
        expect(sum(totals.vatRecap.map((r) => r.taxAmount)).toFixed(2)).toBe(totals.totalVat);
        expect(new Decimal(totals.totalNet).plus(totals.totalVat).toFixed(2)).toBe(totals.totalGross);
        for (const row of totals.vatRecap) {
          // BR-CO-17: VAT = base × rate / 100, rounded to two decimals.
          expect(new Decimal(row.taxableAmount).times(row.rate).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)).toBe(row.taxAmount);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("does not depend on the order of the lines", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 20 }), (lines) => {
        const { lines: _lines, ...forward } = computeTotals({ lines });
        const { lines: _reversed, ...backward } = computeTotals({ lines: [...lines].reverse() });
        expect(backward).toEqual(forward);
      }),
      { numRuns: 300 },
    );
  });
});
