// CII readings of the CEN artefact the oracle test found (decision 0016): the rules whose CII context the model cannot
// see (each payment means, every TaxTotalAmount, a line's further taxes, the summation element, an empty date
// element) are judged on the syntax; BR-09/BR-11 from the root, BR-O-01 from the breakdowns. Each case is a CEN
// example changed the way the oracle's mutants changed it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fatalFindings, parseXml, validateEInvoice } from "@/features/einvoice/index.ts";
import { readXmlInvoice } from "@/features/einvoice/read/xml-invoice.ts";

const fixture = (name: string) => readFileSync(path.resolve("tests/fixtures/en16931/cii", name), "utf8");

function fatalRules(xml: string): string[] {
  const read = readXmlInvoice(parseXml(xml));
  return fatalFindings(validateEInvoice(read.invoice, read.syntaxFindings, read.syntax)).map((finding) => finding.rule);
}

/** The business rules only (an empty element also breaks a CII syntax rule, CII-SR-*, which is not the point here). */
const businessRules = (xml: string) => fatalRules(xml).filter((rule) => rule.startsWith("BR-"));

const example7 = fixture("CII_example7.xml");
const SECOND_MEANS = /(<\/ram:SpecifiedTradeSettlementPaymentMeans>\s*<ram:SpecifiedTradeSettlementPaymentMeans>)([\s\S]*?)(<\/ram:SpecifiedTradeSettlementPaymentMeans>)/;
const secondMeans = (change: (means: string) => string) => example7.replace(SECOND_MEANS, (_, before, means: string, after) => before + change(means) + after);

describe("the CEN examples changed here are valid as they stand", () => {
  it("raises no fatal rule on CII_example7, CII_example5 and CII_example9", () => {
    for (const name of ["CII_example7.xml", "CII_example5.xml", "CII_example9.xml"]) expect(fatalRules(fixture(name))).toEqual([]);
  });
});

describe("payment means, each SpecifiedTradeSettlementPaymentMeans (BR-49, BR-50, BR-61)", () => {
  it("BR-49: a second payment means without its code, although the first has one", () => {
    expect(fatalRules(secondMeans((means) => means.replace("<ram:TypeCode>30</ram:TypeCode>", "")))).toEqual(["BR-49"]);
  });

  it("BR-50 and BR-61: the creditor account of a second credit transfer without its identifier", () => {
    expect(businessRules(secondMeans((means) => means.replace("<ram:IBANID>SE1212341234123412</ram:IBANID>", "")))).toEqual(["BR-50", "BR-61"]);
  });

  it("BR-50 alone: the identifier is there but blank", () => {
    expect(businessRules(secondMeans((means) => means.replace("SE1212341234123412", " ")))).toEqual(["BR-50"]);
  });

  it("BR-61, stricter than the CII artefact: a credit transfer in an invoice that names no account at all", () => {
    const ACCOUNT = /<ram:PayeePartyCreditorFinancialAccount>[\s\S]*?<\/ram:PayeePartyCreditorFinancialAccount>/g;
    expect(businessRules(example7.replaceAll(ACCOUNT, ""))).toEqual(["BR-61", "BR-61"]); // one per means coded 30
    // An account named on one means: the other one, without its account element, is not checked (as the artefact).
    expect(businessRules(secondMeans((means) => means.replace(ACCOUNT, "")))).toEqual([]);
  });

  it("no account rule for a means that is not a credit transfer", () => {
    const card = secondMeans((means) => means.replace("<ram:TypeCode>30</ram:TypeCode>", "<ram:TypeCode>48</ram:TypeCode>").replace("SE1212341234123412", ""));
    expect(businessRules(card)).toEqual([]);
  });
});

describe("BR-CL-03 on the currencyID of every TaxTotalAmount", () => {
  const example5 = fixture("CII_example5.xml");

  it("refuses a TaxTotalAmount whose currencyID is no ISO 4217 code", () => {
    expect(fatalRules(example5.replace('<ram:TaxTotalAmount currencyID="EUR">', '<ram:TaxTotalAmount currencyID="58">'))).toContain("BR-CL-03");
  });

  it("accepts any ISO 4217 code there (other rules judge which one)", () => {
    expect(fatalRules(example5.replace('<ram:TaxTotalAmount currencyID="EUR">', '<ram:TaxTotalAmount currencyID="USD">'))).not.toContain("BR-CL-03");
  });
});

describe("BR-53 with TaxCurrencyCode repeated, compared as XPath does", () => {
  const example5 = fixture("CII_example5.xml");

  it("breaks when one of them is the invoice currency, though another has its TaxTotalAmount", () => {
    const repeated = example5.replace("<ram:TaxCurrencyCode>EUR</ram:TaxCurrencyCode>", "<ram:TaxCurrencyCode>EUR</ram:TaxCurrencyCode><ram:TaxCurrencyCode>DKK</ram:TaxCurrencyCode>");
    expect(fatalRules(repeated)).toContain("BR-53");
  });

  it("holds when another one, not the invoice currency, has no TaxTotalAmount", () => {
    const repeated = example5.replace("<ram:TaxCurrencyCode>EUR</ram:TaxCurrencyCode>", "<ram:TaxCurrencyCode>SEK</ram:TaxCurrencyCode><ram:TaxCurrencyCode>EUR</ram:TaxCurrencyCode>");
    expect(fatalRules(repeated)).not.toContain("BR-53");
  });
});

describe("the summation (BR-12..15, BR-CO-13, BR-CO-16)", () => {
  const SUMMATION = /<ram:SpecifiedTradeSettlementHeaderMonetarySummation>[\s\S]*?<\/ram:SpecifiedTradeSettlementHeaderMonetarySummation>/;

  it("without the summation, only BR-CO-15 (checked from the root) refuses the invoice", () => {
    expect(fatalRules(example7.replace(SUMMATION, ""))).toEqual(["BR-CO-15"]);
  });

  it("a missing DuePayableAmount breaks BR-15 and BR-CO-16; a missing TaxBasisTotalAmount BR-13 and BR-CO-13", () => {
    expect(fatalRules(example7.replace("<ram:DuePayableAmount>3200</ram:DuePayableAmount>", ""))).toEqual(expect.arrayContaining(["BR-15", "BR-CO-16"]));
    expect(fatalRules(example7.replace("<ram:TaxBasisTotalAmount>3200</ram:TaxBasisTotalAmount>", ""))).toEqual(expect.arrayContaining(["BR-13", "BR-CO-13"]));
  });

  it("an empty total element is there for BR-12..15 (its value is then malformed, not missing)", () => {
    expect(fatalRules(example7.replace("<ram:LineTotalAmount>3200</ram:LineTotalAmount>", "<ram:LineTotalAmount></ram:LineTotalAmount>"))).not.toContain("BR-12");
  });
});

describe("BR-09 and BR-11 from the invoice's root", () => {
  const ADDRESS = /<ram:PostalTradeAddress>[\s\S]*?<\/ram:PostalTradeAddress>/;

  it("a seller without postal address breaks BR-08 and BR-09 in CII", () => {
    expect(fatalRules(example7.replace(ADDRESS, ""))).toEqual(expect.arrayContaining(["BR-08", "BR-09"]));
  });

  it("the same invoice known only as a model (checked as UBL) breaks BR-08 alone", () => {
    const read = readXmlInvoice(parseXml(example7.replace(ADDRESS, "")));
    const rules = fatalFindings(validateEInvoice(read.invoice)).map((finding) => finding.rule);
    expect(rules).toContain("BR-08");
    expect(rules).not.toContain("BR-09");
  });
});

describe("BR-30 on the elements of a line period", () => {
  const example9 = fixture("CII_example9.xml");
  const END = /(<ram:EndDateTime>)\s*<udt:DateTimeString format="102">20160401<\/udt:DateTimeString>\s*(<\/ram:EndDateTime>)/;

  it("an EndDateTime without its date breaks it (the comparison cannot hold)", () => {
    expect(fatalRules(example9.replace(END, "$1$2"))).toContain("BR-30");
  });

  it("an end before the start breaks it, an end on the start does not", () => {
    expect(fatalRules(example9.replace(END, '$1<udt:DateTimeString format="102">20160331</udt:DateTimeString>$2'))).toContain("BR-30");
    expect(fatalRules(example9)).not.toContain("BR-30");
  });
});

describe("BR-CL-18 on a line's further ApplicableTradeTax", () => {
  const LINE_TAX = /<ram:SpecifiedLineTradeSettlement>\s*(<ram:ApplicableTradeTax>[\s\S]*?<\/ram:ApplicableTradeTax>)/;

  it("checks the category code of a second tax of a line, which the model does not keep", () => {
    const tax = LINE_TAX.exec(example7)![1];
    const twice = example7.replace(tax, tax + tax.replace("<ram:CategoryCode>O</ram:CategoryCode>", "<ram:CategoryCode>XX</ram:CategoryCode>"));
    expect(fatalRules(twice)).toContain("BR-CL-18");
    expect(fatalRules(example7.replace(tax, tax + tax))).not.toContain("BR-CL-18");
  });
});

describe("BR-O-01 from the breakdowns of category O", () => {
  const BREAKDOWN_O = /<ram:ApplicableTradeTax>\s*<ram:CalculatedAmount>0<\/ram:CalculatedAmount>[\s\S]*?<\/ram:ApplicableTradeTax>/;

  it("a line of category O without its breakdown is not checked by BR-O-01 in CII", () => {
    expect(fatalRules(example7.replace(BREAKDOWN_O, ""))).not.toContain("BR-O-01");
  });

  it("a breakdown of category O given twice, or with no line of that category, breaks it", () => {
    const breakdown = BREAKDOWN_O.exec(example7)![0];
    expect(fatalRules(example7.replace(breakdown, breakdown + breakdown))).toContain("BR-O-01");
    const noLineO = example7.replaceAll(/(<ram:SpecifiedLineTradeSettlement>\s*<ram:ApplicableTradeTax>\s*<ram:TypeCode>VAT<\/ram:TypeCode>\s*<ram:CategoryCode>)O</g, "$1E<");
    expect(fatalRules(noLineO)).toContain("BR-O-01");
  });
});
