// Three UBL readings of the CEN artefact the oracle test found (decision 0016): BR-CO-14 on each TaxTotal holding
// subtotals, BR-B-01/02 on the split payment category B, BR-S-02 on a line category S outside the VAT scheme. Each
// case is a fixture changed the way the oracle's mutants changed it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fatalFindings, parseXml, validateEInvoice } from "@/features/einvoice/index.ts";
import { readXmlInvoice } from "@/features/einvoice/read/xml-invoice.ts";

const fixture = (name: string) => readFileSync(path.resolve("tests/fixtures/en16931/ubl", name), "utf8");

function fatalRules(xml: string): string[] {
  const read = readXmlInvoice(parseXml(xml));
  return fatalFindings(validateEInvoice(read.invoice, read.syntaxFindings, read.syntax)).map((finding) => finding.rule);
}

const TAX_TOTAL = /<cac:TaxTotal>[\s\S]*?<\/cac:TaxTotal>/;

describe("BR-CO-14 on each UBL TaxTotal, as the artefact sums them", () => {
  const source = fixture("sample-discount-price.xml");
  const taxTotal = TAX_TOTAL.exec(source)![0];

  it("accepts a TaxTotal given twice, each equal to its own subtotals, and keeps them as read", () => {
    const twice = source.replace(taxTotal, taxTotal + taxTotal.replace('<cbc:TaxAmount currencyID="EUR">3.03', '<cbc:TaxAmount currencyID="GBP">3.03'));
    expect(fatalRules(twice)).not.toContain("BR-CO-14");
    expect(readXmlInvoice(parseXml(twice)).invoice.totals?.taxTotalsWithBreakdown).toEqual([
      { taxAmount: "3.03", subtotalTaxAmounts: ["3.03"] },
      { taxAmount: "3.03", subtotalTaxAmounts: ["3.03"] },
    ]);
  });

  it("refuses a second TaxTotal whose amount is not the sum of its subtotals, whatever its currency", () => {
    const wrong = source.replace(taxTotal, taxTotal + taxTotal.replace('<cbc:TaxAmount currencyID="EUR">3.03', '<cbc:TaxAmount currencyID="GBP">4.03'));
    expect(fatalRules(wrong)).toContain("BR-CO-14");
  });

  it("checks the TaxTotal holding the subtotals even when it is not in the invoice currency (BT-110 then absent)", () => {
    const inAnother = source.replace(
      taxTotal,
      taxTotal.replace('<cbc:TaxAmount currencyID="EUR">3.03', '<cbc:TaxAmount currencyID="GBP">3.04'),
    );
    expect(fatalRules(inAnother)).toContain("BR-CO-14");
    expect(fatalRules(source)).not.toContain("BR-CO-14");
    expect(readXmlInvoice(parseXml(source)).invoice.totals?.taxTotalsWithBreakdown).toBeUndefined();
  });
});

describe("BR-B-01 and BR-B-02, the split payment (category B)", () => {
  const source = fixture("ubl-tc434-example8.xml");

  it("refuses a line of category B on an invoice between Dutch parties that also has category S", () => {
    const withB = source.replace("<cbc:ID>S</cbc:ID>", "<cbc:ID>B</cbc:ID>");
    expect(fatalRules(withB)).toEqual(expect.arrayContaining(["BR-B-01", "BR-B-02"]));
    expect(fatalRules(source)).not.toEqual(expect.arrayContaining(["BR-B-01"]));
  });

  it("accepts category B on an Italian invoice with no category S", () => {
    const italian = source.replaceAll("<cbc:IdentificationCode>NL</cbc:IdentificationCode>", "<cbc:IdentificationCode>IT</cbc:IdentificationCode>");
    const onlyB = italian.replaceAll("<cbc:ID>S</cbc:ID>", "<cbc:ID>B</cbc:ID>");
    const rules = fatalRules(onlyB);
    expect(rules).not.toContain("BR-B-01");
    expect(rules).not.toContain("BR-B-02");
  });
});

describe("BR-S-02 as the UBL artefact writes it", () => {
  const source = fixture("BIS3_Invoice_positive.XML");
  const lineScheme = /(<cac:ClassifiedTaxCategory>[\s\S]*?<cac:TaxScheme>\s*<cbc:ID>)VAT(<\/cbc:ID>)/;

  it("refuses lines whose category S is only outside the VAT scheme, even from a seller with a VAT number", () => {
    expect(fatalRules(source.replace(lineScheme, "$1E$2"))).toContain("BR-S-02");
    expect(fatalRules(source)).not.toContain("BR-S-02");
  });
});

describe("the seller's PartyTaxScheme without a TaxScheme/ID", () => {
  const source = fixture("ubl-tc434-example3.xml");
  const sellerScheme = /(<cac:PartyTaxScheme>\s*<cbc:CompanyID>DK16356706<\/cbc:CompanyID>\s*<cac:TaxScheme>)\s*<cbc:ID>VAT<\/cbc:ID>/;

  it("is the seller's tax registration (BT-32), which BR-S-02 accepts as the artefact does", () => {
    expect(sellerScheme.test(source)).toBe(true);
    const withoutScheme = source.replace(sellerScheme, "$1");
    const { invoice } = readXmlInvoice(parseXml(withoutScheme));
    expect(invoice.seller?.vatId).toBeUndefined();
    expect(invoice.seller?.taxRegistrationId).toBe("DK16356706");
    expect(fatalRules(withoutScheme)).not.toContain("BR-S-02");
  });
});

describe("BR-CO-17 on a breakdown missing an amount, as both artefacts compare an absent amount", () => {
  const source = fixture("sample-discount-price.xml");
  const subtotalAmount = (name: string) => new RegExp(`(<cac:TaxSubtotal>[\\s\\S]*?)<cbc:${name} currencyID="EUR">[^<]*</cbc:${name}>`);

  it.each(["TaxAmount", "TaxableAmount"])("fires without the breakdown's %s (rate 25)", (name) => {
    expect(fatalRules(source.replace(subtotalAmount(name), "$1"))).toContain("BR-CO-17");
  });

  it("holds on the fixture itself", () => {
    expect(fatalRules(source)).not.toContain("BR-CO-17");
  });
});

describe("BR-CO-13 and BR-CO-16 on a LegalMonetaryTotal missing an amount they compare", () => {
  const source = fixture("issue116.xml");
  const without = (name: string) => source.replace(new RegExp(`<cbc:${name} currencyID="SEK">[^<]*</cbc:${name}>`), "");

  it.each([
    ["TaxExclusiveAmount", "BR-CO-13"],
    ["LineExtensionAmount", "BR-CO-13"],
    ["TaxInclusiveAmount", "BR-CO-16"],
    ["PayableAmount", "BR-CO-16"],
  ])("without %s: %s", (name, rule) => {
    expect(without(name)).not.toBe(source);
    expect(fatalRules(without(name))).toContain(rule);
  });

  it("neither on the fixture itself", () => {
    expect(fatalRules(source)).not.toEqual(expect.arrayContaining(["BR-CO-13"]));
    expect(fatalRules(source)).not.toContain("BR-CO-16");
  });
});
