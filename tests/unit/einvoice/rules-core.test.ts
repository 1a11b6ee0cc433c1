import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseXml, readCii, type ReadEInvoice, readUbl } from "@/features/einvoice/index.ts";
import { coreRules } from "@/features/einvoice/validate/rules/core.ts";

type Line = NonNullable<ReadEInvoice["lines"]>[number];
type AllowanceCharge = NonNullable<ReadEInvoice["allowancesCharges"]>[number];

/** A complete, consistent invoice: 2 lines, an allowance and a charge, one VAT rate. */
function validInvoice(): ReadEInvoice {
  return {
    specificationId: "urn:cen.eu:en16931:2017",
    number: "FAC-2025-0001",
    issueDate: "2025-03-14",
    typeCode: "380",
    currency: "EUR",
    dueDate: "2025-04-14",
    invoicingPeriod: { start: "2025-03-01", end: "2025-03-31" },
    seller: {
      name: "CHORUS SOCIETE",
      vatId: "FR32123456789",
      ids: [{ id: "FRCHORUSSOCIETE" }],
      address: { city: "PARIS", countryCode: "FR" },
      electronicAddress: { id: "12345678200010", scheme: "0009" },
    },
    buyer: { name: "BREST METROPOLE", legalId: { id: "24290031400012", scheme: "0009" }, address: { city: "BREST", countryCode: "FR" } },
    payment: { meansCode: "30", accounts: [{ iban: "FR7630006000011234567890189" }] },
    allowancesCharges: [
      { charge: false, amount: "10.00", baseAmount: "100.00", vatCategory: "S", vatRate: "20", reason: "Remise fidélité" },
      { charge: true, amount: "5.00", vatCategory: "S", vatRate: "20", reasonCode: "FC" },
    ],
    totals: {
      lineNetTotal: "150.00",
      allowanceTotal: "10.00",
      chargeTotal: "5.00",
      taxExclusive: "145.00",
      taxTotal: "29.00",
      taxInclusive: "174.00",
      prepaid: "24.00",
      amountDue: "150.00",
    },
    vatBreakdown: [{ taxableAmount: "145.00", taxAmount: "29.00", category: "S", rate: "20" }],
    lines: [
      { id: "1", quantity: "4", unitCode: "KGM", lineNet: "100.00", netPrice: "25.00", grossPrice: "26.00", vatCategory: "S", vatRate: "20", name: "Pommes" },
      {
        id: "2",
        quantity: "1",
        unitCode: "C62",
        lineNet: "50.00",
        netPrice: "50.00",
        vatCategory: "S",
        vatRate: "20",
        name: "Livraison",
        period: { start: "2025-03-01" },
        attributes: [{ name: "Couleur", value: "Rouge" }],
        standardId: { id: "3760123456789", scheme: "0160" },
        classifications: [{ id: "03222000", listId: "STI" }],
      },
    ],
  };
}

/** The valid invoice changed by a function (a deep copy first, so that each test starts clean). */
function withChange(change: (invoice: ReadEInvoice) => void): ReadEInvoice {
  const invoice = structuredClone(validInvoice());
  change(invoice);
  return invoice;
}

const rulesOf = (invoice: ReadEInvoice) => coreRules(invoice).map((finding) => finding.rule);
const line = (invoice: ReadEInvoice, index: number): Line => invoice.lines![index];
const findingOf = (invoice: ReadEInvoice, rule: string) => coreRules(invoice).find((finding) => finding.rule === rule);

describe("coreRules on a valid invoice", () => {
  it("raises nothing", () => {
    expect(coreRules(validInvoice())).toEqual([]);
  });

  it("raises nothing on the CEN example invoices, UBL and CII, as the readers read them", () => {
    const examples = [
      ["ubl", "ubl-tc434-example1.xml", readUbl],
      ["ubl", "ubl-tc434-example5.xml", readUbl],
      ["cii", "CII_example1.xml", readCii],
      ["cii", "CII_example5.xml", readCii],
    ] as const;
    for (const [folder, file, read] of examples) {
      const xml = readFileSync(path.resolve("tests/fixtures/en16931", folder, file));
      expect(coreRules(read(parseXml(xml)).invoice), file).toEqual([]);
    }
  });
});

describe("mandatory header terms and groups (BR-01..05, BR-16, BR-CO-18)", () => {
  it.each([
    ["BR-01", "specificationId", "BT-24"],
    ["BR-02", "number", "BT-1"],
    ["BR-03", "issueDate", "BT-2"],
    ["BR-04", "typeCode", "BT-3"],
    ["BR-05", "currency", "BT-5"],
  ] as const)("%s: %s missing or blank", (rule, term, location) => {
    expect(findingOf(withChange((invoice) => delete invoice[term]), rule)).toMatchObject({ severity: "fatal", location });
    expect(rulesOf(withChange((invoice) => (invoice[term] = "  ")))).toContain(rule);
  });

  it("BR-16: at least one line; BR-CO-18: at least one VAT breakdown", () => {
    expect(rulesOf(withChange((invoice) => (invoice.lines = [])))).toContain("BR-16");
    expect(rulesOf(withChange((invoice) => (invoice.vatBreakdown = undefined)))).toContain("BR-CO-18");
    expect(rulesOf(validInvoice())).not.toContain("BR-16");
  });
});

describe("dates and periods (BR-29, BR-30, BR-CO-03, BR-CO-19, BR-CO-20)", () => {
  it("BR-29 / BR-30: the end is not before the start", () => {
    expect(rulesOf(withChange((invoice) => (invoice.invoicingPeriod = { start: "2025-03-31", end: "2025-03-01" })))).toEqual(["BR-29"]);
    expect(rulesOf(withChange((invoice) => (invoice.invoicingPeriod = { start: "2025-03-31", end: "2025-03-31" })))).toEqual([]);
    expect(rulesOf(withChange((invoice) => (line(invoice, 1).period = { start: "20250302", end: "20250301" })))).toEqual(["BR-30"]);
  });

  it("BR-CO-19 / BR-CO-20: a period used has a start or an end (BT-8 alone is enough for the invoice)", () => {
    expect(rulesOf(withChange((invoice) => (invoice.invoicingPeriod = {})))).toEqual(["BR-CO-19"]);
    expect(rulesOf(withChange((invoice) => ((invoice.invoicingPeriod = {}), (invoice.vatPointDateCode = "3"))))).toEqual([]);
    expect(rulesOf(withChange((invoice) => (line(invoice, 1).period = {})))).toEqual(["BR-CO-20"]);
  });

  it("BR-CO-03: VAT point date and its code are mutually exclusive", () => {
    expect(rulesOf(withChange((invoice) => ((invoice.taxPointDate = "2025-03-14"), (invoice.vatPointDateCode = "3"))))).toEqual(["BR-CO-03"]);
    expect(rulesOf(withChange((invoice) => (invoice.taxPointDate = "2025-03-14")))).toEqual([]);
  });
});

describe("parties (BR-06..11, BR-17..20, BR-56, BR-57, BR-62, BR-63, BR-CO-09, BR-CO-26)", () => {
  it("BR-06 / BR-07: seller and buyer names", () => {
    expect(rulesOf(withChange((invoice) => delete invoice.seller!.name))).toEqual(["BR-06"]);
    expect(rulesOf(withChange((invoice) => (invoice.buyer!.name = "")))).toEqual(["BR-07"]);
  });

  it("BR-08..11: postal addresses with a country code", () => {
    expect(rulesOf(withChange((invoice) => delete invoice.seller!.address))).toEqual(["BR-08"]);
    expect(rulesOf(withChange((invoice) => (invoice.seller!.address = {})))).toEqual(["BR-09"]);
    expect(rulesOf(withChange((invoice) => delete invoice.buyer!.address))).toEqual(["BR-10"]);
    expect(findingOf(withChange((invoice) => (invoice.buyer!.address = { city: "BREST" })), "BR-11")?.location).toBe("BG-8/BT-55");
  });

  it("BR-17: a payee has a name and is not the seller", () => {
    expect(rulesOf(withChange((invoice) => (invoice.payee = { name: "Factor SA", ids: [{ id: "F1" }] })))).toEqual([]);
    expect(rulesOf(withChange((invoice) => (invoice.payee = { ids: [{ id: "F1" }] })))).toEqual(["BR-17"]);
    expect(rulesOf(withChange((invoice) => (invoice.payee = { name: "CHORUS SOCIETE" })))).toEqual(["BR-17"]);
    expect(rulesOf(withChange((invoice) => (invoice.payee = { name: "Autre", ids: [{ id: "FRCHORUSSOCIETE" }] })))).toEqual(["BR-17"]);
  });

  it("BR-18, BR-19, BR-20, BR-56: the seller tax representative", () => {
    const representative = { name: "Représentant", vatId: "FR12345678901", address: { countryCode: "FR" } };
    expect(rulesOf(withChange((invoice) => (invoice.taxRepresentative = representative)))).toEqual([]);
    expect(rulesOf(withChange((invoice) => (invoice.taxRepresentative = {})))).toEqual(["BR-18", "BR-19", "BR-56"]);
    expect(rulesOf(withChange((invoice) => (invoice.taxRepresentative = { ...representative, address: {} })))).toEqual(["BR-20"]);
  });

  it("BR-57: a deliver-to address has a country code", () => {
    expect(rulesOf(withChange((invoice) => (invoice.delivery = { address: { city: "Lyon" } })))).toEqual(["BR-57"]);
    expect(rulesOf(withChange((invoice) => (invoice.delivery = { date: "2025-03-02" })))).toEqual([]);
  });

  it("BR-62 / BR-63: electronic addresses have a scheme", () => {
    expect(rulesOf(withChange((invoice) => delete invoice.seller!.electronicAddress!.scheme))).toEqual(["BR-62"]);
    expect(rulesOf(withChange((invoice) => (invoice.buyer!.electronicAddress = { id: "x@y.fr" })))).toEqual(["BR-63"]);
  });

  it("BR-CO-09: VAT identifiers start with a country code (EL for Greece)", () => {
    for (const vatId of ["IT123456789", "EL987654321", "XI123456789", "NL-967611265"]) {
      expect(rulesOf(withChange((invoice) => (invoice.buyer!.vatId = vatId)))).toEqual([]);
    }
    const finding = findingOf(withChange((invoice) => (invoice.seller!.vatId = "987654321")), "BR-CO-09");
    expect(finding).toMatchObject({ location: "BG-4/BT-31" });
    expect(finding?.message).toContain("987654321");
    expect(rulesOf(withChange((invoice) => (invoice.taxRepresentative = { name: "R", vatId: "A123", address: { countryCode: "FR" } })))).toEqual([
      "BR-CO-09",
    ]);
  });

  it("BR-CO-26: the seller has an identifier, a legal registration or a VAT identifier", () => {
    expect(rulesOf(withChange((invoice) => (invoice.seller = { ...invoice.seller, vatId: undefined, ids: undefined })))).toEqual(["BR-CO-26"]);
    expect(rulesOf(withChange((invoice) => (invoice.seller = { ...invoice.seller, vatId: undefined, ids: undefined, legalId: { id: "1" } })))).toEqual(
      [],
    );
  });
});

describe("invoice lines (BR-21..28, BR-CO-04, BR-54, BR-64, BR-65)", () => {
  it.each([
    ["BR-21", "id", "BT-126"],
    ["BR-22", "quantity", "BT-129"],
    ["BR-23", "unitCode", "BT-130"],
    ["BR-24", "lineNet", "BT-131"],
    ["BR-25", "name", "BT-153"],
    ["BR-26", "netPrice", "BT-146"],
    ["BR-CO-04", "vatCategory", "BT-151"],
  ] as const)("%s: a line without %s", (rule, term, location) => {
    const invoice = withChange((changed) => delete line(changed, 1)[term]);
    expect(findingOf(invoice, rule)).toMatchObject({ severity: "fatal", location: `BG-25[2]/${location}` });
  });

  it("BR-27 / BR-28: prices are not negative (0 is fine; a malformed price cannot hold)", () => {
    expect(rulesOf(withChange((invoice) => (line(invoice, 0).netPrice = "-1")))).toContain("BR-27");
    expect(rulesOf(withChange((invoice) => (line(invoice, 0).netPrice = "douze")))).toContain("BR-27");
    // No net price at all: the artefacts compare nothing with 0, which never holds (BR-26 and BR-27).
    expect(rulesOf(withChange((invoice) => delete line(invoice, 0).netPrice))).toEqual(["BR-26", "BR-27"]);
    expect(rulesOf(withChange((invoice) => (line(invoice, 0).grossPrice = "-0.01")))).toEqual(["BR-28"]);
    expect(rulesOf(withChange((invoice) => (line(invoice, 0).grossPrice = "0.00")))).toEqual([]);
  });

  it("BR-54, BR-64, BR-65: item attributes, standard and classification identifiers", () => {
    expect(findingOf(withChange((invoice) => (line(invoice, 1).attributes = [{ name: "A", value: "1" }, { name: "B" }])), "BR-54")?.location).toBe(
      "BG-25[2]/BG-32[2]",
    );
    expect(rulesOf(withChange((invoice) => delete line(invoice, 1).standardId!.scheme))).toEqual(["BR-64"]);
    expect(rulesOf(withChange((invoice) => (line(invoice, 1).classifications = [{ id: "03222000" }])))).toEqual(["BR-65"]);
  });
});

describe("allowances and charges (BR-31..33, BR-36..38, BR-41..44, BR-CO-21..24)", () => {
  const bare = (charge: boolean): AllowanceCharge => ({ charge });

  it("document level: amount, VAT category, reason or reason code", () => {
    const allowance = withChange((invoice) => invoice.allowancesCharges!.push(bare(false)));
    expect(rulesOf(allowance)).toEqual(expect.arrayContaining(["BR-31", "BR-32", "BR-33", "BR-CO-21"]));
    expect(findingOf(allowance, "BR-31")?.location).toBe("BG-20[2]/BT-92");
    const charge = withChange((invoice) => invoice.allowancesCharges!.push(bare(true)));
    expect(rulesOf(charge)).toEqual(expect.arrayContaining(["BR-36", "BR-37", "BR-38", "BR-CO-22"]));
    expect(rulesOf(charge)).not.toContain("BR-31");
  });

  it("line level: amount, reason or reason code", () => {
    const withLineAllowances = withChange((invoice) => (line(invoice, 0).allowances = [{ charge: false, amount: "1.00", reason: "Promo" }, bare(false), bare(true)]));
    const rules = rulesOf(withLineAllowances);
    expect(rules).toEqual(expect.arrayContaining(["BR-41", "BR-42", "BR-CO-23", "BR-43", "BR-44", "BR-CO-24"]));
    expect(findingOf(withLineAllowances, "BR-41")?.location).toBe("BG-25[1]/BG-27[2]/BT-136");
    expect(rulesOf(withChange((invoice) => (line(invoice, 0).allowances = [{ charge: true, amount: "1.00", reasonCode: "AA" }])))).toEqual([]);
  });
});

describe("document totals (BR-12..15, BR-CO-10..16)", () => {
  it.each([
    ["BR-12", "lineNetTotal"],
    ["BR-13", "taxExclusive"],
    ["BR-14", "taxInclusive"],
    ["BR-15", "amountDue"],
  ] as const)("%s: %s missing", (rule, term) => {
    expect(rulesOf(withChange((invoice) => delete invoice.totals![term]))).toContain(rule);
  });

  it("BR-12..15 are raised when the totals are missing altogether", () => {
    expect(rulesOf(withChange((invoice) => delete invoice.totals))).toEqual(expect.arrayContaining(["BR-12", "BR-13", "BR-14", "BR-15"]));
  });

  it("BR-CO-10: BT-106 is the rounded sum of the line net amounts", () => {
    const finding = findingOf(withChange((invoice) => (invoice.totals!.lineNetTotal = "150.01")), "BR-CO-10");
    expect(finding).toMatchObject({ severity: "fatal", location: "BT-106" });
    expect(finding?.message).toContain("La somme des montants nets des lignes (BT-131) doit être égale au total des montants nets des lignes (BT-106)");
    expect(finding?.message).toContain("150.00");
    expect(rulesOf(withChange((invoice) => (invoice.totals!.lineNetTotal = "150")))).toEqual([]);
    expect(rulesOf(withChange((invoice) => (line(invoice, 0).lineNet = "cent")))).toContain("BR-CO-10");
  });

  it("BR-CO-11 / BR-CO-12: BT-107 and BT-108 are the sums of the document allowances and charges", () => {
    expect(rulesOf(withChange((invoice) => (invoice.totals!.allowanceTotal = "11.00")))).toContain("BR-CO-11");
    expect(rulesOf(withChange((invoice) => delete invoice.totals!.allowanceTotal))).toContain("BR-CO-11");
    expect(rulesOf(withChange((invoice) => (invoice.totals!.chargeTotal = "5.01")))).toContain("BR-CO-12");
    // A zero total without any charge is fine; a non-zero one is not.
    const noCharges = (total: string) =>
      withChange((invoice) => {
        invoice.allowancesCharges = [invoice.allowancesCharges![0]];
        invoice.totals = { ...invoice.totals, chargeTotal: total, taxExclusive: "140.00", taxTotal: "28.00", taxInclusive: "168.00", amountDue: "144.00" };
        invoice.vatBreakdown = [{ taxableAmount: "140.00", taxAmount: "28.00", category: "S", rate: "20" }];
      });
    expect(rulesOf(noCharges("0.00"))).toEqual([]);
    expect(rulesOf(noCharges("1.00"))).toEqual(["BR-CO-12", "BR-CO-13"]);
  });

  it("BR-CO-13: BT-109 = BT-106 - BT-107 + BT-108, for each combination of present terms", () => {
    const totals = (lineNetTotal: string, taxExclusive: string, allowanceTotal?: string, chargeTotal?: string) =>
      rulesOf({ totals: { lineNetTotal, taxExclusive, allowanceTotal, chargeTotal } }).includes("BR-CO-13");
    expect(totals("1000", "1000", "100", "100")).toBe(false);
    expect(totals("1000", "1000", "100", "200")).toBe(true);
    expect(totals("1000", "900", "100")).toBe(false);
    expect(totals("-1000", "-1000", "100")).toBe(true);
    expect(totals("-100", "00", undefined, "100")).toBe(false);
    expect(totals("1000", "1000")).toBe(false);
    expect(totals("1000", "1001", "0", "0")).toBe(true);
  });

  it("BR-CO-14: BT-110 is the rounded sum of the breakdown tax amounts", () => {
    expect(rulesOf(withChange((invoice) => (invoice.vatBreakdown![0].taxAmount = "28.99")))).toEqual(expect.arrayContaining(["BR-CO-14"]));
    expect(rulesOf({ totals: { taxTotal: "250.0" }, vatBreakdown: [{ taxAmount: "250" }, { taxAmount: "0.00" }] })).not.toContain("BR-CO-14");
  });

  it("BR-CO-15: BT-112 = BT-109 + BT-110, once in the invoice currency", () => {
    expect(rulesOf(withChange((invoice) => (invoice.totals!.taxInclusive = "174.01")))).toContain("BR-CO-15");
    const inEuro = (totals: NonNullable<ReadEInvoice["totals"]>, syntax: "UBL" | "CII" = "UBL") =>
      coreRules({ currency: "EUR", totals }, { syntax }).some((finding) => finding.rule === "BR-CO-15");
    expect(inEuro({ taxExclusive: "-100", taxTotal: "100", taxInclusive: "0.0" })).toBe(false);
    // No VAT total: the CII artefact accepts BT-112 = BT-109, the UBL one wants the VAT total.
    expect(inEuro({ taxExclusive: "3200", taxInclusive: "3200" }, "CII")).toBe(false);
    expect(inEuro({ taxExclusive: "3200", taxInclusive: "3200" }, "UBL")).toBe(true);
    expect(inEuro({ taxExclusive: "3200", taxInclusive: "3201" }, "CII")).toBe(true);
    // Twice in the invoice currency (or only in another one, as read: taxTotalOccurrences []).
    const twice = { taxExclusive: "5000.00", taxTotal: "700.00", taxInclusive: "5700.00", taxTotalOccurrences: ["700.00", "715"] };
    expect(inEuro(twice, "UBL")).toBe(true);
    expect(inEuro(twice, "CII")).toBe(true);
    expect(inEuro({ taxExclusive: "5000.00", taxTotal: "700.00", taxInclusive: "5700.00", taxTotalOccurrences: [] }, "CII")).toBe(true);
    // A missing BT-109 or BT-112 breaks it too; without an invoice currency the artefacts check nothing.
    expect(inEuro({ taxTotal: "700.00", taxInclusive: "5700.00" })).toBe(true);
    expect(rulesOf({ totals: { taxExclusive: "3200", taxInclusive: "3201" } })).not.toContain("BR-CO-15");
  });

  it("BR-CO-16: BT-115 = BT-112 - BT-113 + BT-114", () => {
    const holds = (totals: NonNullable<ReadEInvoice["totals"]>) => !rulesOf({ totals }).includes("BR-CO-16");
    expect(holds({ taxInclusive: "1200", prepaid: "1000", amountDue: "200.00" })).toBe(true);
    expect(holds({ taxInclusive: "1200.00", prepaid: "100", amountDue: "1200.00" })).toBe(false);
    expect(holds({ taxInclusive: "1200.00", amountDue: "1200.0" })).toBe(true);
    expect(holds({ taxInclusive: "1200.00", amountDue: "1100.00" })).toBe(false);
    expect(holds({ taxInclusive: "1200.78", prepaid: "1000.0", rounding: "0.22", amountDue: "201" })).toBe(true);
    expect(holds({ taxInclusive: "1200.78", prepaid: "100", rounding: "0.22", amountDue: "1100.78" })).toBe(false);
    expect(holds({ taxInclusive: "1200.22", rounding: "-0.22", amountDue: "1200.0" })).toBe(true);
  });
});

describe("VAT breakdown (BR-45..48, BR-CO-17)", () => {
  it("BR-45..48: taxable amount, tax amount, category, rate unless not subject to VAT", () => {
    const invoice = withChange((changed) => (changed.vatBreakdown = [{}]));
    expect(rulesOf(invoice)).toEqual(expect.arrayContaining(["BR-45", "BR-46", "BR-47", "BR-48"]));
    expect(findingOf(invoice, "BR-48")?.location).toBe("BG-23[1]/BT-119");
    expect(rulesOf({ vatBreakdown: [{ taxableAmount: "80", taxAmount: "0", category: "O" }] })).not.toContain("BR-48");
  });

  it("BR-CO-17: the tax amount is the taxable amount times the rate, within one unit either way", () => {
    const raised = (taxableAmount: string, taxAmount: string, rate?: string) =>
      rulesOf({ vatBreakdown: [{ taxableAmount, taxAmount, rate, category: "S" }] }).includes("BR-CO-17");
    expect(raised("1000", "250", "25")).toBe(false);
    expect(raised("1000", "251", "25")).toBe(true); // exactly one unit off: the UBL binding's bound is strict
    const inCii = (taxableAmount: string, taxAmount: string, rate: string) =>
      coreRules({ vatBreakdown: [{ taxableAmount, taxAmount, rate, category: "S" }] }, { syntax: "CII" }).some((finding) => finding.rule === "BR-CO-17");
    expect(inCii("1000", "251", "25")).toBe(false); // the CII artefact accepts up to one unit inclusive
    expect(inCii("1000", "251.01", "25")).toBe(true);
    expect(raised("-6491.34", "-1622.84", "25")).toBe(false);
    expect(raised("2141.19", "44.96", "2.1")).toBe(false);
    expect(raised("2141.19", "43.91", "2.1")).toBe(true);
    expect(raised("2141.05", ".00")).toBe(false); // no rate: the tax rounds to 0
    expect(raised("2141.05", "1.00")).toBe(true);
    expect(raised("-25.00", "0.00", "0")).toBe(false);
    expect(raised("100", "abc", "20")).toBe(true);
  });
});

describe("payment (BR-49, BR-50, BR-51, BR-61, BR-CO-25)", () => {
  it("BR-49: payment instructions have a means code (payment terms alone are not instructions)", () => {
    expect(rulesOf(withChange((invoice) => (invoice.payment = {})))).toEqual(["BR-49"]);
    expect(rulesOf(withChange((invoice) => (invoice.payment = { accounts: [{ iban: "FR76" }] })))).toEqual(["BR-49"]);
    expect(rulesOf(withChange((invoice) => (invoice.payment = { terms: "30 jours" })))).toEqual([]);
    // CII writes the remittance information (BT-83) outside its PaymentMeans: alone, it gives no payment instruction there.
    const remittanceOnly = withChange((invoice) => (invoice.payment = { remittanceInformation: "RE1001" }));
    expect(rulesOf(remittanceOnly)).toEqual(["BR-49"]);
    expect(coreRules(remittanceOnly, { syntax: "CII" }).map((finding) => finding.rule)).toEqual([]);
  });

  it("BR-50 / BR-61: a credit transfer gives the account identifier", () => {
    expect(rulesOf(withChange((invoice) => (invoice.payment = { meansCode: "58", accounts: [{ bic: "AGRIFRPP" }] })))).toEqual(["BR-50", "BR-61"]);
    expect(rulesOf(withChange((invoice) => (invoice.payment = { meansCode: "30" })))).toEqual(["BR-61"]);
    expect(rulesOf(withChange((invoice) => (invoice.payment = { meansCode: "31" })))).toEqual([]);
  });

  it("BR-51 (warning): at most 10 digits of a card number", () => {
    const finding = findingOf(withChange((invoice) => (invoice.payment = { meansCode: "48", card: { pan: "12345678901" } })), "BR-51");
    expect(finding).toMatchObject({ severity: "warning", location: "BG-18/BT-87" });
    expect(rulesOf(withChange((invoice) => (invoice.payment = { meansCode: "48", card: { pan: "1234564321" } })))).toEqual([]);
  });

  it("BR-CO-25 (a warning: the CEN artefacts no longer check it): a positive amount due needs a due date or payment terms (not on a credit note)", () => {
    expect(rulesOf(withChange((invoice) => delete invoice.dueDate))).toEqual(["BR-CO-25"]);
    expect(findingOf(withChange((invoice) => delete invoice.dueDate), "BR-CO-25")?.severity).toBe("warning");
    expect(rulesOf(withChange((invoice) => ((invoice.dueDate = undefined), (invoice.payment!.terms = "À réception"))))).toEqual([]);
    expect(rulesOf(withChange((invoice) => ((invoice.dueDate = undefined), (invoice.typeCode = "381"))))).toEqual([]);
    expect(rulesOf({ totals: { amountDue: "0.00" } })).not.toContain("BR-CO-25");
  });
});

describe("references and currencies (BR-52, BR-53, BR-55)", () => {
  it("BR-52 / BR-55: supporting documents and preceding invoices are identified", () => {
    expect(rulesOf(withChange((invoice) => (invoice.attachments = [{ id: "BL-1" }, { description: "Bon" }])))).toEqual(["BR-52"]);
    expect(findingOf(withChange((invoice) => (invoice.precedingInvoices = [{ issueDate: "2025-01-01" }])), "BR-55")?.location).toBe("BG-3[1]/BT-25");
    expect(rulesOf(withChange((invoice) => (invoice.precedingInvoices = [{ number: "F-1" }])))).toEqual([]);
  });

  it("BR-53: a VAT accounting currency comes with the VAT total in that currency", () => {
    expect(rulesOf(withChange((invoice) => (invoice.taxCurrency = "NOK")))).toEqual(["BR-53"]);
    expect(rulesOf(withChange((invoice) => ((invoice.taxCurrency = "NOK"), (invoice.totals!.taxTotalInTaxCurrency = "300.00"))))).toEqual([]);
    expect(rulesOf(withChange((invoice) => (invoice.taxCurrency = "EUR")))).toEqual([]);
  });
});

describe("decimals (BR-DEC-01..28): at most 2 decimals, as written", () => {
  const cases: [string, string, (invoice: ReadEInvoice, value: string) => void][] = [
    ["BR-DEC-01", "BG-20[1]/BT-92", (invoice, value) => (invoice.allowancesCharges![0].amount = value)],
    ["BR-DEC-02", "BG-20[1]/BT-93", (invoice, value) => (invoice.allowancesCharges![0].baseAmount = value)],
    ["BR-DEC-05", "BG-21[1]/BT-99", (invoice, value) => (invoice.allowancesCharges![1].amount = value)],
    ["BR-DEC-06", "BG-21[1]/BT-100", (invoice, value) => (invoice.allowancesCharges![1].baseAmount = value)],
    ["BR-DEC-09", "BT-106", (invoice, value) => (invoice.totals!.lineNetTotal = value)],
    ["BR-DEC-10", "BT-107", (invoice, value) => (invoice.totals!.allowanceTotal = value)],
    ["BR-DEC-11", "BT-108", (invoice, value) => (invoice.totals!.chargeTotal = value)],
    ["BR-DEC-12", "BT-109", (invoice, value) => (invoice.totals!.taxExclusive = value)],
    ["BR-DEC-13", "BT-110", (invoice, value) => (invoice.totals!.taxTotal = value)],
    ["BR-DEC-14", "BT-112", (invoice, value) => (invoice.totals!.taxInclusive = value)],
    ["BR-DEC-15", "BT-111", (invoice, value) => (invoice.totals!.taxTotalInTaxCurrency = value)],
    ["BR-DEC-16", "BT-113", (invoice, value) => (invoice.totals!.prepaid = value)],
    ["BR-DEC-17", "BT-114", (invoice, value) => (invoice.totals!.rounding = value)],
    ["BR-DEC-18", "BT-115", (invoice, value) => (invoice.totals!.amountDue = value)],
    ["BR-DEC-19", "BG-23[1]/BT-116", (invoice, value) => (invoice.vatBreakdown![0].taxableAmount = value)],
    ["BR-DEC-20", "BG-23[1]/BT-117", (invoice, value) => (invoice.vatBreakdown![0].taxAmount = value)],
    ["BR-DEC-23", "BG-25[2]/BT-131", (invoice, value) => (line(invoice, 1).lineNet = value)],
    ["BR-DEC-24", "BG-25[1]/BG-27[1]/BT-136", (invoice, value) => (line(invoice, 0).allowances = [{ charge: false, amount: value, reason: "R" }])],
    ["BR-DEC-25", "BG-25[1]/BG-27[1]/BT-137", (invoice, value) => (line(invoice, 0).allowances = [{ charge: false, amount: "1", baseAmount: value, reason: "R" }])],
    ["BR-DEC-27", "BG-25[1]/BG-28[1]/BT-141", (invoice, value) => (line(invoice, 0).allowances = [{ charge: true, amount: value, reason: "R" }])],
    ["BR-DEC-28", "BG-25[1]/BG-28[1]/BT-142", (invoice, value) => (line(invoice, 0).allowances = [{ charge: true, amount: "1", baseAmount: value, reason: "R" }])],
  ];

  it.each(cases)("%s at %s", (rule, location, set) => {
    const decimalRules = (value: string) =>
      coreRules(withChange((invoice) => set(invoice, value))).filter((finding) => finding.rule.startsWith("BR-DEC"));
    expect(decimalRules("10.123")).toEqual([expect.objectContaining({ rule, location, severity: "fatal" })]);
    expect(decimalRules("10.123")[0].message).toContain("10.123");
    // The written form counts, not the value: "1.000" has three decimals, "-5.5" and "12" are fine.
    expect(decimalRules("1.000").map((finding) => finding.rule)).toEqual([rule]);
    expect(decimalRules("-5.5")).toEqual([]);
    expect(decimalRules("12")).toEqual([]);
  });
});

describe("coreRules never throws", () => {
  it("on an empty invoice: the mandatory terms are reported", () => {
    const rules = rulesOf({});
    expect(rules).toEqual(expect.arrayContaining(["BR-01", "BR-02", "BR-06", "BR-08", "BR-12", "BR-16", "BR-CO-18"]));
    expect(rules).not.toContain("BR-CO-10");
  });

  it("on an invoice of garbage strings, and on no object at all", () => {
    const garbage = Object.fromEntries(Object.keys(validInvoice()).map((key) => [key, "n'importe quoi.12345"])) as unknown as ReadEInvoice;
    expect(() => coreRules(garbage)).not.toThrow();
    expect(rulesOf(garbage)).toEqual(expect.arrayContaining(["BR-06", "BR-16"]));
    for (const input of [null, undefined, "texte", 42, []]) expect(() => coreRules(input as unknown as ReadEInvoice)).not.toThrow();
  });

  it("on malformed amounts everywhere: the calculations fail as findings", () => {
    const malformed = withChange((invoice) => {
      for (const key of Object.keys(invoice.totals!) as (keyof NonNullable<ReadEInvoice["totals"]>)[]) (invoice.totals as Record<string, unknown>)[key] = "1,5";
      line(invoice, 0).lineNet = "NaN";
      invoice.vatBreakdown![0].taxAmount = "Infinity";
    });
    expect(rulesOf(malformed)).toEqual(expect.arrayContaining(["BR-CO-10", "BR-CO-13", "BR-CO-14", "BR-CO-15", "BR-CO-16", "BR-CO-17"]));
  });

  it("on any JSON-like value, at any depth", () => {
    const shaped = fc.record(
      {
        number: fc.anything(),
        totals: fc.anything(),
        lines: fc.oneof(fc.array(fc.dictionary(fc.constantFrom("id", "lineNet", "allowances", "period", "attributes", "standardId"), fc.anything())), fc.anything()),
        vatBreakdown: fc.anything(),
        allowancesCharges: fc.array(fc.record({ charge: fc.anything(), amount: fc.anything(), baseAmount: fc.anything() }, { requiredKeys: [] })),
        seller: fc.anything(),
        payee: fc.anything(),
        payment: fc.anything(),
        invoicingPeriod: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(shaped, fc.anything()), (input) => {
        const findings = coreRules(input as ReadEInvoice);
        return findings.every((finding) => typeof finding.message === "string" && (finding.severity === "fatal" || finding.severity === "warning"));
      }),
      { numRuns: 500 },
    );
  });
});
