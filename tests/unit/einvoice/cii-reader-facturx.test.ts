// The CII reader on Factur-X PDFs' embedded XML, on roots it must refuse, and on damaged or partial trees.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EInvoiceReadError, extractEmbeddedFiles, readCii } from "@/features/einvoice/index.ts";
import { parseXml, type XmlNode, type XmlRoot } from "@/features/einvoice/read/safe-xml.ts";

const CII_DIR = path.resolve("tests/fixtures/en16931/cii");
const FACTURX_DIR = path.resolve("tests/fixtures/facturx");
const CII_FILES = fs.readdirSync(CII_DIR).filter((name) => name.endsWith(".xml"));

async function embeddedXml(pdfName: string) {
  const files = await extractEmbeddedFiles(new Uint8Array(fs.readFileSync(path.join(FACTURX_DIR, pdfName))));
  expect(files).toHaveLength(1);
  return parseXml(files[0].content);
}

function readError(action: () => unknown): EInvoiceReadError {
  try {
    action();
  } catch (error) {
    if (error instanceof EInvoiceReadError) return error;
    throw error;
  }
  throw new Error("no EInvoiceReadError");
}

describe("CII reader — Factur-X", () => {
  it("reads the XML embedded in Facture_F20180027.pdf", async () => {
    const { invoice } = readCii(await embeddedXml("Facture_F20180027.pdf"));
    expect(invoice).toMatchObject({
      number: "F20180027",
      issueDate: "2018-12-31",
      typeCode: "380",
      currency: "EUR",
      businessProcess: "A1",
      buyerReference: "SERVEXEC",
      vatPointDateCode: "432", // DueDateTypeCode 72: VAT on payment (TVA sur les encaissements)
      tenderOrLotReference: "TENDER-002",
      invoicedObjectId: { id: "REFCLI0215" },
      attachments: [{ id: "SUPPort doc", description: "support descript", uri: "url:gffter" }],
    });
    expect(invoice.seller).toMatchObject({
      name: "LE FOURNISSEUR",
      legalId: { id: "12345678900014", scheme: "0002" },
      vatId: "FR32123456789",
      address: { city: "PARIS", postCode: "75018", countryCode: "FR" },
    });
    expect(invoice.totals).toEqual({
      lineNetTotal: "95.00",
      allowanceTotal: "5.00",
      chargeTotal: "10.00",
      taxExclusive: "100.00",
      taxTotal: "10.00",
      taxInclusive: "110.00",
      prepaid: "10.00",
      amountDue: "100.00",
    });
    expect(invoice.lines).toHaveLength(3);
    expect(invoice.lines?.[1].period).toEqual({ start: "2018-12-01" });
  });

  it("reads a BASIC WL credit note (no lines) and an EN 16931 ZUGFeRD 2 invoice", async () => {
    const basicWl = readCii(await embeddedXml("validAvoir_FR_type380_BASICWL.pdf")).invoice;
    expect(basicWl).toMatchObject({ number: "AV-2017-0005", specificationId: "urn:factur-x.eu:1p0:basicwl", totals: { taxInclusive: "-233.47" } });
    expect(basicWl.lines).toBeUndefined();
    const einfach = readCii(await embeddedXml("EN16931_Einfach.pdf")).invoice;
    expect(einfach).toMatchObject({ number: "471102", seller: { name: "Lieferant GmbH", vatId: "DE123456789" }, totals: { taxInclusive: "529.87" } });
  });

  it("refuses ZUGFeRD 1.0 (CrossIndustryDocument) with a clear French message", async () => {
    const root = await embeddedXml("zugferd_invoice.pdf");
    const zugferd = readError(() => readCii(root));
    expect(zugferd.code).toBe("ZUGFERD_1");
    expect(zugferd.message).toContain("ZUGFeRD 1.0");
    expect(zugferd.message).toContain("n'est pas accepté : déposez une facture Factur-X / ZUGFeRD 2 ou UBL.");
  });
});

describe("CII reader — roots and lenient reading", () => {
  const ciiRoot = (body = "", namespace = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100") =>
    parseXml(
      `<rsm:CrossIndustryInvoice xmlns:rsm="${namespace}" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">${body}</rsm:CrossIndustryInvoice>`,
    );

  it("refuses a UBL invoice and a CrossIndustryInvoice outside the D16B namespace (NOT_AN_INVOICE)", () => {
    const ubl = readError(() => readCii(parseXml(`<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>1</ID></Invoice>`)));
    expect(ubl.code).toBe("NOT_AN_INVOICE");
    expect(ubl.message).toContain("« Invoice »");
    const wrongNamespace = readError(() => readCii(ciiRoot("", "urn:example:other")));
    expect(wrongNamespace.code).toBe("NOT_AN_INVOICE");
    expect(wrongNamespace.message).toContain("urn:example:other");
  });

  it("reads an empty CrossIndustryInvoice as an empty invoice, without throwing", () => {
    expect(readCii(ciiRoot())).toEqual({ syntax: "CII", root: "CrossIndustryInvoice", invoice: {}, syntaxFindings: [] });
  });

  it("keeps raw what it cannot interpret: a date not in format 102, an unknown DueDateTypeCode, a TaxTotalAmount in another currency", () => {
    const { invoice } = readCii(
      ciiRoot(`
        <rsm:ExchangedDocument><ram:ID>X1</ram:ID><ram:IssueDateTime><udt:DateTimeString format="610">202503</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
        <rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeSettlement>
          <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
          <ram:ApplicableTradeTax><ram:DueDateTypeCode>99</ram:DueDateTypeCode></ram:ApplicableTradeTax>
          <ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>peut-être</udt:Indicator></ram:ChargeIndicator></ram:SpecifiedTradeAllowanceCharge>
          <ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:TaxTotalAmount currencyID="USD">12.00</ram:TaxTotalAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        </ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction>`),
    );
    expect(invoice).toEqual({
      number: "X1",
      issueDate: "202503",
      currency: "EUR",
      vatPointDateCode: "99",
      vatBreakdown: [{}],
      allowancesCharges: [{}],
      // The amount in USD is kept as BT-110, and none is in EUR: BR-CO-15 will say so (taxTotalOccurrences []).
      totals: { taxTotal: "12.00", taxTotalOccurrences: [] },
    });
  });

  // Any fixture with elements removed, texts and attributes scrambled: the reader reads what is left, never throws.
  it("never throws on damaged CII trees", () => {
    const roots = CII_FILES.map((file) => parseXml(new Uint8Array(fs.readFileSync(path.join(CII_DIR, file)))));
    const damage = (node: XmlNode, choices: number[], cursor: { at: number }): XmlNode => {
      const pick = () => choices[cursor.at++ % choices.length];
      const text = pick() % 5 === 0 ? ["", "true", "abc", "2025", "-1"][pick() % 5] : node.text;
      const attrs = pick() % 7 === 0 ? {} : node.attrs;
      const kept = node.children.filter(() => pick() % 4 !== 0);
      return { name: node.name, text, attrs, children: kept.map((element) => damage(element, choices, cursor)) };
    };
    fc.assert(
      fc.property(fc.nat(roots.length - 1), fc.array(fc.nat(1000), { minLength: 1, maxLength: 50 }), (index, choices) => {
        const root: XmlRoot = { ...damage(roots[index], choices, { at: 0 }), namespace: roots[index].namespace };
        const result = readCii(root);
        expect(result.syntax).toBe("CII");
        expect(JSON.stringify(result.invoice)).not.toContain("null");
      }),
      { numRuns: 200 },
    );
  });
});
