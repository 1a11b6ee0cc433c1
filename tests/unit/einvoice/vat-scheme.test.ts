// A tax element outside the VAT scheme (CII TypeCode, UBL TaxScheme/ID other than VAT): the CEN artefacts see no VAT
// category nor rate in it (BR-47, BR-48, BR-CO-17 on a breakdown; BR-CO-04 on a line).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseXml, readCii, readUbl } from "@/features/einvoice/index.ts";
import { ciiTaxCurrencyFindings } from "@/features/einvoice/validate/rules/cii-tax-currency.ts";

const cii = readFileSync("tests/fixtures/en16931/cii/CII_example4.xml", "utf8");
const ubl = readFileSync("tests/fixtures/en16931/ubl/ubl-tc434-example4.xml", "utf8");
const rulesOf = (findings: { rule: string; location: string }[]) => findings.map((finding) => `${finding.rule} ${finding.location}`);

/** The text with its `occurrence`-th (0-based) match of `search` replaced. */
function replaceNth(text: string, search: string, replacement: string, occurrence: number): string {
  let index = -1;
  for (let count = 0; count <= occurrence; count++) index = text.indexOf(search, index + 1);
  expect(index).toBeGreaterThanOrEqual(0);
  return text.slice(0, index) + replacement + text.slice(index + search.length);
}

describe("VAT scheme of the tax elements", () => {
  it("the CEN examples raise nothing", () => {
    expect(rulesOf(readCii(parseXml(cii)).syntaxFindings).filter((rule) => /^BR-/.test(rule))).toEqual([]);
    expect(rulesOf(readUbl(parseXml(ubl)).syntaxFindings).filter((rule) => /^BR-/.test(rule))).toEqual([]);
  });

  it("CII: a header ApplicableTradeTax or a line's whose TypeCode is not VAT", () => {
    const header = cii.indexOf("<ram:ApplicableHeaderTradeSettlement>");
    const breakdownOutside = cii.slice(0, header) + cii.slice(header).replace("<ram:TypeCode>VAT</ram:TypeCode>", "<ram:TypeCode>FRE</ram:TypeCode>");
    expect(rulesOf(readCii(parseXml(breakdownOutside)).syntaxFindings)).toEqual(expect.arrayContaining(["BR-47 BG-23[1]/BT-118", "BR-48 BG-23[1]/BT-119", "BR-CO-17 BG-23[1]/BT-117"]));
    const lineOutside = replaceNth(cii, "<ram:TypeCode>VAT</ram:TypeCode>", "<ram:TypeCode>S</ram:TypeCode>", 0);
    expect(rulesOf(readCii(parseXml(lineOutside)).syntaxFindings)).toContain("BR-CO-04 BG-25[1]/BT-151");
  });

  it("UBL: a line's ClassifiedTaxCategory outside the VAT scheme", () => {
    const line = ubl.indexOf("<cac:ClassifiedTaxCategory>");
    expect(line).toBeGreaterThan(0);
    const outside = ubl.slice(0, line) + ubl.slice(line).replace(/<cbc:ID>VAT<\/cbc:ID>/, "<cbc:ID>GST</cbc:ID>");
    expect(rulesOf(readUbl(parseXml(outside)).syntaxFindings)).toContain("BR-CO-04 BG-25[1]/BT-151");
  });
});

describe("VAT total in accounting currency, as the CII artefact checks it (BR-53, BR-DEC-15)", () => {
  const withTaxCurrency = (taxCurrency: string, amounts: string) =>
    parseXml(
      cii
        .replace("<ram:InvoiceCurrencyCode>", `<ram:TaxCurrencyCode>${taxCurrency}</ram:TaxCurrencyCode><ram:InvoiceCurrencyCode>`)
        .replace(/<ram:TaxTotalAmount[^>]*>[^<]*<\/ram:TaxTotalAmount>/, amounts),
    );
  const rules = (taxCurrency: string, amounts: string) => ciiTaxCurrencyFindings(withTaxCurrency(taxCurrency, amounts)).map((finding) => finding.rule);

  it("wants a TaxTotalAmount in BT-6, other than BT-5, with at most two decimals", () => {
    expect(rules("EUR", '<ram:TaxTotalAmount currencyID="DKK">675.00</ram:TaxTotalAmount><ram:TaxTotalAmount currencyID="EUR">90.50</ram:TaxTotalAmount>')).toEqual([]);
    expect(rules("EUR", '<ram:TaxTotalAmount currencyID="DKK">675.00</ram:TaxTotalAmount>')).toEqual(["BR-53", "BR-DEC-15"]);
    expect(rules("EUR", '<ram:TaxTotalAmount currencyID="DKK">675.00</ram:TaxTotalAmount><ram:TaxTotalAmount currencyID="EUR">90.505</ram:TaxTotalAmount>')).toEqual(["BR-DEC-15"]);
    expect(rules("DKK", '<ram:TaxTotalAmount currencyID="DKK">675.00</ram:TaxTotalAmount>')).toEqual(["BR-53"]);
    expect(rules("EUR", "")).toEqual(["BR-53"]); // no TaxTotalAmount at all: the decimals are not checked
  });
});
