import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReadEInvoice } from "@/features/einvoice/index.ts";
import { vatRules } from "@/features/einvoice/validate/rules/vat.ts";

type Line = NonNullable<ReadEInvoice["lines"]>[number];
type Breakdown = NonNullable<ReadEInvoice["vatBreakdown"]>[number];
type AllowanceCharge = NonNullable<ReadEInvoice["allowancesCharges"]>[number];

const line = (vatCategory: string, lineNet: string, vatRate?: string): Line => ({ id: "1", lineNet, vatCategory, vatRate });
const breakdown = (category: string, taxableAmount: string, taxAmount: string, rate?: string, more: Partial<Breakdown> = {}): Breakdown => ({
  category,
  taxableAmount,
  taxAmount,
  rate,
  ...more,
});
const allowance = (vatCategory: string, amount: string, vatRate?: string): AllowanceCharge => ({ charge: false, amount, vatCategory, vatRate });
const charge = (vatCategory: string, amount: string, vatRate?: string): AllowanceCharge => ({ charge: true, amount, vatCategory, vatRate });

/** A seller and a buyer with VAT ids, as most categories want. */
function invoice(parts: Partial<ReadEInvoice>): ReadEInvoice {
  return {
    seller: { name: "Vendeur", vatId: "FR32123456789", address: { countryCode: "FR" } },
    buyer: { name: "Acheteur", vatId: "DE123456789", address: { countryCode: "DE" } },
    ...parts,
  };
}

const rulesOf = (input: ReadEInvoice) => vatRules(input).map((finding) => finding.rule);

/** One valid invoice per category, each using it on a line, an allowance and a charge. */
const exemption = { exemptionReason: "Motif", exemptionReasonCode: "VATEX-EU-X" };
const validByCategory: Record<string, ReadEInvoice> = {
  S: invoice({
    lines: [line("S", "100.00", "20"), line("S", "50.00", "5.5")],
    allowancesCharges: [allowance("S", "10.00", "20"), charge("S", "5.00", "20.0")],
    vatBreakdown: [breakdown("S", "95.00", "19.00", "20.00"), breakdown("S", "50.00", "2.75", "5.5")],
  }),
  Z: invoice({ lines: [line("Z", "80", "0")], allowancesCharges: [allowance("Z", "5", "0"), charge("Z", "5", "0")], vatBreakdown: [breakdown("Z", "80", "0", "0")] }),
  E: invoice({ lines: [line("E", "80", "0")], allowancesCharges: [charge("E", "20", "0")], vatBreakdown: [breakdown("E", "100", "0.00", "0", exemption)] }),
  AE: invoice({ lines: [line("AE", "80", "0")], allowancesCharges: [allowance("AE", "30", "0")], vatBreakdown: [breakdown("AE", "50", "0", "0", exemption)] }),
  K: invoice({
    delivery: { date: "2025-03-01", address: { countryCode: "DE" } },
    lines: [line("K", "80", "0")],
    vatBreakdown: [breakdown("K", "80", "0", "0", exemption)],
  }),
  G: invoice({ lines: [line("G", "80", "0")], vatBreakdown: [breakdown("G", "80", "0", "0", exemption)] }),
  L: invoice({ lines: [line("L", "100", "7"), line("L", "10", "0")], vatBreakdown: [breakdown("L", "100", "7", "7"), breakdown("L", "10", "0", "0")] }),
  M: invoice({ lines: [line("M", "100", "4")], allowancesCharges: [charge("M", "10", "4")], vatBreakdown: [breakdown("M", "110", "4.40", "4")] }),
  O: {
    seller: { name: "Association", address: { countryCode: "FR" } },
    buyer: { name: "Mairie", address: { countryCode: "FR" } },
    lines: [line("O", "80")],
    allowancesCharges: [allowance("O", "10"), charge("O", "10")],
    vatBreakdown: [breakdown("O", "80", "0", undefined, exemption)],
  },
};

describe("vatRules: a valid invoice of each category raises nothing", () => {
  for (const [category, valid] of Object.entries(validByCategory)) it(category, () => expect(vatRules(valid)).toEqual([]));
});

describe("vatRules: each rule family", () => {
  const cases: [string, ReadEInvoice, string[]][] = [
    // 01: breakdown presence (at least one for S, L, M; exactly one for the others)
    ["S line without S breakdown", invoice({ lines: [line("S", "10", "20")], vatBreakdown: [] }), ["BR-S-01"]],
    ["S breakdown without S line", invoice({ lines: [line("Z", "10", "0")], vatBreakdown: [breakdown("Z", "10", "0", "0"), breakdown("S", "0", "0", "20")] }), ["BR-S-01", "BR-S-08"]],
    ["two Z breakdowns", invoice({ lines: [line("Z", "10", "0")], vatBreakdown: [breakdown("Z", "10", "0", "0"), breakdown("Z", "10", "0", "0")] }), ["BR-Z-01"]],
    ["G allowance without breakdown", invoice({ lines: [], allowancesCharges: [allowance("G", "5", "0")] }), ["BR-G-01"]],
    ["L charge without breakdown", invoice({ allowancesCharges: [charge("L", "5", "3")] }), ["BR-IG-01"]],
    // 02-04: identifiers
    ["S without any seller id", { ...validByCategory.S, seller: { name: "X" } }, ["BR-S-02", "BR-S-03", "BR-S-04"]],
    ["Z with a tax registration id only", { ...validByCategory.Z, seller: { name: "X", taxRegistrationId: "123" } }, []],
    ["E with a tax representative VAT id", { ...validByCategory.E, seller: { name: "X" }, taxRepresentative: { vatId: "FR999" } }, []],
    ["E without seller id", { ...validByCategory.E, seller: { name: "X" } }, ["BR-E-02", "BR-E-04"]],
    ["AE without buyer id", { ...validByCategory.AE, buyer: { name: "Y" } }, ["BR-AE-02", "BR-AE-03"]],
    ["AE with the buyer's legal id", { ...validByCategory.AE, buyer: { name: "Y", legalId: { id: "123" } } }, []],
    ["K without buyer VAT id", { ...validByCategory.K, buyer: { name: "Y", legalId: { id: "123" } } }, ["BR-IC-02"]],
    ["K with a seller tax registration id only", { ...validByCategory.K, seller: { name: "X", taxRegistrationId: "1" } }, ["BR-IC-02"]],
    ["G with a seller tax registration id only", { ...validByCategory.G, seller: { name: "X", taxRegistrationId: "1" } }, ["BR-G-02"]],
    ["M without seller id", { ...validByCategory.M, seller: { name: "X" } }, ["BR-IP-02", "BR-IP-04"]],
    ["O with a seller VAT id", { ...validByCategory.O, seller: { name: "X", vatId: "FR1" } }, ["BR-O-02", "BR-O-03", "BR-O-04"]],
    ["O with a buyer VAT id", { ...validByCategory.O, buyer: { name: "Y", vatId: "FR1" } }, ["BR-O-02", "BR-O-03", "BR-O-04"]],
    // 05-07: rates
    ["S line at 0 %", invoice({ lines: [line("S", "10", "0")], vatBreakdown: [breakdown("S", "10", "0", "0")] }), ["BR-S-05"]],
    ["S line without rate", invoice({ lines: [line("S", "10")], vatBreakdown: [breakdown("S", "10", "2", "20")] }), ["BR-S-05", "BR-S-08"]],
    ["Z allowance at 10 %", { ...validByCategory.Z, allowancesCharges: [allowance("Z", "5", "10"), charge("Z", "5", "0")] }, ["BR-Z-06"]],
    ["IC charge at -10 %", { ...validByCategory.K, allowancesCharges: [charge("K", "0", "-10")] }, ["BR-IC-07"]],
    ["G line with a malformed rate", { ...validByCategory.G, lines: [line("G", "80", "zéro")] }, ["BR-G-05"]],
    ["L line at -1 %", invoice({ lines: [line("L", "10", "-1")], vatBreakdown: [breakdown("L", "10", "0", "0")] }), ["BR-IG-05", "BR-IG-08"]],
    ["O line with a rate", { ...validByCategory.O, lines: [line("O", "80", "0")] }, ["BR-O-05"]],
    // 08: taxable amounts
    ["S base off by more than 1", { ...validByCategory.S, vatBreakdown: [breakdown("S", "96.00", "19.20", "20"), breakdown("S", "50.00", "2.75", "5.5")] }, ["BR-S-08"]],
    ["S base off by less than 1", { ...validByCategory.S, vatBreakdown: [breakdown("S", "95.99", "19.20", "20"), breakdown("S", "50.00", "2.75", "5.5")] }, []],
    ["E base off by a cent", { ...validByCategory.E, vatBreakdown: [breakdown("E", "100.01", "0", "0", exemption)] }, ["BR-E-08"]],
    ["AE without any line", { ...validByCategory.AE, lines: [], vatBreakdown: [breakdown("AE", "-30", "0", "0", exemption)] }, ["BR-AE-08"]],
    ["O with a malformed line amount", { ...validByCategory.O, lines: [line("O", "80,00")] }, ["BR-O-08"]],
    ["M rate of no line", { ...validByCategory.M, vatBreakdown: [breakdown("M", "110", "4.40", "4"), breakdown("M", "0", "0", "10")] }, ["BR-IP-08"]],
    // 09: tax amounts
    ["S tax off by 1", { ...validByCategory.S, vatBreakdown: [breakdown("S", "95.00", "20.00", "20"), breakdown("S", "50.00", "2.75", "5.5")] }, ["BR-S-09"]],
    ["S negative amounts", invoice({ lines: [line("S", "-6170.72", "20")], vatBreakdown: [breakdown("S", "-6170.72", "-1234.14", "20")] }), []],
    ["L tax without rate", invoice({ lines: [line("L", "10", "5")], vatBreakdown: [breakdown("L", "10", "0.50")] }), ["BR-IG-09"]],
    ["Z tax not zero", { ...validByCategory.Z, vatBreakdown: [breakdown("Z", "80", "0.01", "0")] }, ["BR-Z-09"]],
    ["G tax missing", { ...validByCategory.G, vatBreakdown: [breakdown("G", "80", "", "0", exemption)] }, ["BR-G-09"]],
    // 10: exemption reasons
    ["S with an exemption reason", { ...validByCategory.S, vatBreakdown: [breakdown("S", "95.00", "19.00", "20", { exemptionReasonCode: "VATEX-EU-79-C" }), breakdown("S", "50.00", "2.75", "5.5")] }, ["BR-S-10"]],
    ["Z with an exemption reason", { ...validByCategory.Z, vatBreakdown: [breakdown("Z", "80", "0", "0", { exemptionReason: "Taux zéro" })] }, ["BR-Z-10"]],
    ["E without exemption reason", { ...validByCategory.E, vatBreakdown: [breakdown("E", "100", "0", "0")] }, ["BR-E-10"]],
    ["AE with a blank reason only", { ...validByCategory.AE, vatBreakdown: [breakdown("AE", "50", "0", "0", { exemptionReason: "  " })] }, ["BR-AE-10"]],
    ["K with the reason code only", { ...validByCategory.K, vatBreakdown: [breakdown("K", "80", "0", "0", { exemptionReasonCode: "VATEX-EU-IC" })] }, []],
    ["G without exemption reason", { ...validByCategory.G, vatBreakdown: [breakdown("G", "80", "0", "0")] }, ["BR-G-10"]],
    ["M with an exemption reason", { ...validByCategory.M, vatBreakdown: [breakdown("M", "110", "4.40", "4", exemption)] }, ["BR-IP-10"]],
    ["O without exemption reason", { ...validByCategory.O, vatBreakdown: [breakdown("O", "80", "0")] }, ["BR-O-10"]],
    // BR-IC-11/12: delivery
    ["K without delivery", { ...validByCategory.K, delivery: undefined }, ["BR-IC-11", "BR-IC-12"]],
    ["K with an invoicing period and a country", { ...validByCategory.K, delivery: { address: { countryCode: "NL" } }, invoicingPeriod: { end: "2025-03-31" } }, []],
    ["K with a blank date and country", { ...validByCategory.K, delivery: { date: " ", address: { countryCode: "" } }, invoicingPeriod: {} }, ["BR-IC-11", "BR-IC-12"]],
    // BR-O-11…14: nothing else than O
    ["O with another breakdown", { ...validByCategory.O, vatBreakdown: [...validByCategory.O.vatBreakdown!, breakdown("S", "0", "0", "20")] }, ["BR-S-01", "BR-S-08", "BR-O-11"]],
    ["O with an S line", { ...validByCategory.O, lines: [line("O", "80"), line("S", "0", "20")] }, ["BR-S-01", "BR-S-02", "BR-O-12"]],
    ["O with an E allowance and an S charge", { ...validByCategory.O, allowancesCharges: [allowance("O", "10"), charge("O", "10"), allowance("E", "0", "0"), charge("S", "0", "20")] }, ["BR-S-01", "BR-S-04", "BR-E-01", "BR-E-03", "BR-O-13", "BR-O-14"]],
  ];
  for (const [name, input, expected] of cases) it(name, () => expect(rulesOf(input).sort()).toEqual([...expected].sort()));
});

describe("vatRules: findings", () => {
  it("are fatal, in French, located on the business term, with the amounts compared", () => {
    const findings = vatRules({ ...validByCategory.S, vatBreakdown: [breakdown("S", "200", "40.00", "20"), breakdown("S", "50.00", "2.75", "5.5")], lines: [line("S", "100.00", "20"), line("S", "50.00", "5.5"), line("S", "0", "0")] });
    expect(findings.map(({ rule, location }) => [rule, location])).toEqual([
      ["BR-S-05", "BG-25[3]/BT-152"],
      ["BR-S-08", "BG-23[1]/BT-116"],
    ]);
    expect(findings.every((finding) => finding.severity === "fatal")).toBe(true);
    expect(findings[1].message).toContain("la base imposable (BT-116)");
    expect(findings[1].message).toContain("Attendu : 95.00 ; indiqué : 200.00.");
  });

  it("compare rates as decimals (25 = 25.00)", () => {
    const input = invoice({ lines: [line("S", "0.10", "25.00")], vatBreakdown: [breakdown("S", "0.10", "0.03", "25")] });
    expect(vatRules(input)).toEqual([]);
  });

  it("locate allowances and charges by their own numbering", () => {
    const input = { ...validByCategory.Z, allowancesCharges: [charge("Z", "5", "0"), allowance("Z", "5", "0"), allowance("Z", "0", "3")] };
    expect(vatRules(input).map((finding) => finding.location)).toEqual(["BG-20[2]/BT-96"]);
  });
});

describe("vatRules never throws", () => {
  it("on an empty invoice", () => expect(vatRules({})).toEqual([]));

  it("on an invoice of garbage strings", () => {
    const garbage = "n'importe quoi";
    const input = {
      seller: garbage,
      buyer: { vatId: garbage, legalId: garbage },
      lines: [garbage, { lineNet: garbage, vatCategory: garbage, vatRate: garbage }, { lineNet: "1e5", vatCategory: " S ", vatRate: "Infinity" }],
      allowancesCharges: [garbage, { charge: garbage, amount: garbage, vatCategory: "S" }, { charge: true, amount: "NaN", vatCategory: "K", vatRate: "0x10" }],
      vatBreakdown: [garbage, { category: "S", rate: garbage, taxableAmount: garbage, taxAmount: garbage }, { category: "K", taxableAmount: "--1" }],
      delivery: garbage,
      invoicingPeriod: garbage,
    } as unknown as ReadEInvoice;
    const findings = vatRules(input);
    expect(findings.map((finding) => finding.rule)).toContain("BR-S-05"); // " S " is S after normalize-space; "Infinity" is no xs:decimal
    expect(findings.map((finding) => finding.rule)).toContain("BR-IC-08");
  });

  it("on anything at all", () => {
    const anyInvoice = fc.oneof(
      fc.anything(),
      fc.record({
        lines: fc.array(fc.record({ lineNet: fc.anything(), vatCategory: fc.constantFrom("S", "Z", "E", "AE", "K", "G", "O", "L", "M"), vatRate: fc.anything() })),
        allowancesCharges: fc.array(fc.record({ charge: fc.anything(), amount: fc.string(), vatCategory: fc.string(), vatRate: fc.string() })),
        vatBreakdown: fc.array(fc.record({ category: fc.constantFrom("S", "Z", "O", "L", "K"), rate: fc.string(), taxableAmount: fc.anything(), taxAmount: fc.string() })),
        seller: fc.anything(),
        delivery: fc.anything(),
      }),
    );
    fc.assert(fc.property(anyInvoice, (input) => Array.isArray(vatRules(input as ReadEInvoice))));
  });
});

describe("BR-S-01 as the CII artefact counts it", () => {
  it("a breakdown of S without an S line is not checked; an S line without an S breakdown is", () => {
    const breakdownAlone = invoice({ lines: [line("Z", "10", "0")], vatBreakdown: [breakdown("Z", "10", "0", "0"), breakdown("S", "0", "0", "20")] });
    expect(vatRules(breakdownAlone, { syntax: "CII" }).map((finding) => finding.rule)).not.toContain("BR-S-01");
    expect(vatRules(breakdownAlone, { syntax: "UBL" }).map((finding) => finding.rule)).toContain("BR-S-01");
    const lineAlone = invoice({ lines: [line("S", "10", "20")], vatBreakdown: [] });
    expect(vatRules(lineAlone, { syntax: "CII" }).map((finding) => finding.rule)).toContain("BR-S-01");
  });
});
