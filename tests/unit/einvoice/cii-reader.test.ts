// The CII reader on the CEN/TC 434 worked examples: the README table, then the business terms of the richest files.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseXml, readCii } from "@/features/einvoice/index.ts";

const CII_DIR = path.resolve("tests/fixtures/en16931/cii");
const CII_FILES = fs.readdirSync(CII_DIR).filter((name) => name.endsWith(".xml"));

const readFixture = (name: string) => readCii(parseXml(new Uint8Array(fs.readFileSync(path.join(CII_DIR, name)))));

describe("CII reader — the CEN examples (fixtures README table)", () => {
  it.each([
    ["CII_business_example_02.xml", "INV000013", "EUR", "10.00", "1.90", "11.90", "11.90", 3],
    ["CII_business_example_Z.xml", "2016166", "EUR", "11693.87", "0.0", "11693.87", "11693.87", 3],
    ["CII_example1.xml", "12115118", "EUR", "229.6", "20.73", "250.33", "250.33", 20],
    ["CII_example2.xml", "TOSL108", "NOK", "1436.5", "365.28", "1801.78", "801.78", 5],
    ["CII_example3.xml", "TOSL108", "DKK", "900", "225", "1125", "1125", 1],
    ["CII_example4.xml", "TOSL110", "DKK", "4000", "675", "4675", "4675", 3],
    ["CII_example5.xml", "TOSL110", "DKK", "4000", "675.00", "4675", "2337.5", 3],
    ["CII_example7.xml", "INVOICE_test_7", "SEK", "3200", undefined, "3200", "3200", 2],
    ["CII_example8.xml", "1100512149", "EUR", "908.91", "190.87", "1099.78", "1099.78", 10],
    ["CII_example9.xml", "20150483", "EUR", "147", "30.87", "177.87", "177.87", 1],
  ])("%s: n° %s, %s, HT %s, TVA %s, TTC %s, à payer %s, %i lignes", (file, number, currency, net, vat, gross, due, lineCount) => {
    const result = readFixture(file);
    expect(result).toMatchObject({ syntax: "CII", root: "CrossIndustryInvoice", syntaxFindings: [] });
    const { invoice } = result;
    expect(invoice.number).toBe(number);
    expect(invoice.currency).toBe(currency);
    expect(invoice.totals?.taxExclusive).toBe(net);
    expect(invoice.totals?.taxTotal).toBe(vat);
    expect(invoice.totals?.taxInclusive).toBe(gross);
    expect(invoice.totals?.amountDue).toBe(due);
    expect(invoice.lines).toHaveLength(lineCount);
  });

  it("reads every CII fixture (including those outside the table) with a number, a seller, totals and lines", () => {
    expect(CII_FILES.length).toBeGreaterThanOrEqual(12);
    for (const file of CII_FILES) {
      const { invoice } = readFixture(file);
      expect(invoice.number, file).toBeTruthy();
      expect(invoice.issueDate, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(invoice.seller?.name, file).toBeTruthy();
      expect(invoice.totals?.taxInclusive, file).toBeTruthy();
      expect(invoice.lines?.every((line) => line.id && line.lineNet && line.quantity && line.unitCode), file).toBe(true);
    }
    expect(readFixture("CII_example6.xml").invoice).toMatchObject({ number: "TOSL110", currency: "DKK", totals: { taxExclusive: "4000", taxInclusive: "4675" } });
  });

  it("reads the document header: type, issue date (format 102), guideline, notes with their subject code", () => {
    const { invoice } = readFixture("CII_example1.xml");
    expect(invoice).toMatchObject({ typeCode: "380", issueDate: "2015-01-09", dueDate: "2015-01-09", specificationId: "urn:cen.eu:en16931:2017" });
    expect(invoice.noteDetails).toHaveLength(1);
    expect(invoice.noteDetails?.[0].subjectCode).toBe("AAR");
    expect(invoice.notes?.[0]).toMatch(/^Alle leveringen zijn franco/);
    expect(invoice.payment?.remittanceInformation).toBe("Deb. 10202 / Fact. 12115118");
    expect(invoice.buyer?.ids).toEqual([{ id: "10202" }]);
    expect(invoice.buyer?.contact).toEqual({ name: "Dhr. J BLOKKER" });
  });

  it("reads of the payee (BG-10) its EN 16931 terms only, as the UBL reader does: an address or contact added there is no term", () => {
    const xml = fs
      .readFileSync(path.join(CII_DIR, "CII_example5.xml"), "utf8")
      .replace(
        "<ram:Name>Dagobert Duck</ram:Name>",
        "<ram:Name>Dagobert Duck</ram:Name><ram:DefinedTradeContact><ram:PersonName>Donald</ram:PersonName></ram:DefinedTradeContact>" +
          "<ram:PostalTradeAddress><ram:CityName>Andeby</ram:CityName><ram:CountryID>DK</ram:CountryID></ram:PostalTradeAddress>",
      );
    expect(readCii(parseXml(xml)).invoice.payee).toEqual({ name: "Dagobert Duck", ids: [{ id: "DK16356608" }], legalId: { id: "DK16356608" } });
  });

  it("reads the parties of example 5: ids, legal and VAT ids, FC registration, contact, electronic address, tax representative, payee", () => {
    const { invoice } = readFixture("CII_example5.xml");
    expect(invoice.seller).toEqual({
      name: "SellerCompany",
      tradingName: "SelCo",
      legalId: { id: "NL16356706" },
      ids: [{ id: "5790000436101", scheme: "0088" }],
      vatId: "NL16356706",
      taxRegistrationId: "NL16356706",
      additionalLegalInfo: "Export",
      address: { line1: "Hoofdstraat 4", line2: "Om de hoek", city: "Grootstad", postCode: "54321", subdivision: "Overijssel", countryCode: "NL" },
      electronicAddress: { id: "info@selco.nl", scheme: "EM" },
      contact: { name: "Anthon Larsen", phone: "+3198989898", email: "Anthon@Selco.nl" },
    });
    expect(invoice.buyer).toMatchObject({ name: "Buyercompany ltd", vatId: "DK16356607", legalId: { id: "DK16356607" }, ids: [{ id: "5790000436057", scheme: "0088" }] });
    expect(invoice.buyer?.taxRegistrationId).toBeUndefined();
    expect(invoice.taxRepresentative).toMatchObject({ name: "Dick Panama", vatId: "DK16356609", address: { countryCode: "DK", line2: "6th floor" } });
    expect(invoice.payee).toEqual({ name: "Dagobert Duck", ids: [{ id: "DK16356608" }], legalId: { id: "DK16356608" } });
  });

  it("reads the references, delivery, period, currencies (BT-110 and BT-111) and payment of example 5", () => {
    const { invoice } = readFixture("CII_example5.xml");
    expect(invoice).toMatchObject({
      buyerReference: "qwerty",
      salesOrderReference: "123",
      purchaseOrderReference: "PO4711",
      contractReference: "2013-05",
      projectReference: "Project345",
      receivingAdviceReference: "3544",
      despatchAdviceReference: "5433",
      buyerAccountingReference: "67543",
      taxCurrency: "EUR",
      taxPointDate: "2013-04-10",
      dueDate: "2013-05-10",
      invoicingPeriod: { start: "2013-03-10", end: "2013-04-10" },
      precedingInvoices: [{ number: "TOSL109", issueDate: "2013-03-10" }],
    });
    expect(invoice.totals).toMatchObject({ taxTotal: "675.00", taxTotalInTaxCurrency: "628.62", allowanceTotal: "150", chargeTotal: "150", prepaid: "2337.5" });
    expect(invoice.delivery).toEqual({
      name: "Logistic service Ltd",
      locationId: { id: "5790000436068", scheme: "0088" },
      date: "2013-04-15",
      address: { line1: "Deliverystreet", line2: "Gate 15", city: "Deliverycity", postCode: "9000", subdivision: "Jutland", countryCode: "DK" },
    });
    expect(invoice.payment).toEqual({
      meansCode: "58",
      meansText: "Half prepaid",
      remittanceInformation: "Payref1",
      accounts: [{ iban: "DK1212341234123412" }, { iban: "A" }],
      directDebit: { mandateReference: "123456", creditorId: "DK5678" },
      terms: "50% prepaid, 50% within one month",
    });
    // Untyped referenced documents are kept as attachments (BG-24); the typed 916 one carries its binary object.
    expect(invoice.attachments?.map((attachment) => attachment.id)).toEqual(["Lot567", "OBJ999", "sales slip"]);
    expect(invoice.attachments?.[2]).toMatchObject({ description: "your sales slip", content: { mimeCode: "application/pdf", fileName: "EHF.pdf" } });
    expect(invoice.attachments?.[2].content?.base64).toMatch(/^SlZCRVJp/);
  });

  it("reads document and line allowances/charges, gross price with its discount (BT-147) and the line's product", () => {
    const { invoice } = readFixture("CII_example5.xml");
    expect(invoice.allowancesCharges).toEqual([
      { charge: false, amount: "150", baseAmount: "1500", percentage: "10", reason: "Loyal customer", reasonCode: "95", vatCategory: "S", vatRate: "25" },
      { charge: true, amount: "150", baseAmount: "1500", percentage: "10", reason: "Packaging", reasonCode: "ABL", vatCategory: "S", vatRate: "25" },
    ]);
    const [first] = invoice.lines ?? [];
    expect(first).toMatchObject({
      id: "1",
      note: "first line",
      quantity: "1000",
      unitCode: "C62",
      netPrice: "1",
      grossPrice: "1.1",
      priceDiscount: "10",
      priceBaseQuantity: "1",
      priceBaseQuantityUnit: "C62",
      name: "Printing paper",
      description: "Printing paper, 2mm",
      sellerItemId: "JB007",
      buyerItemId: "BUY123",
      standardId: { id: "1234567890128", scheme: "0088" },
      attributes: [{ name: "Thickness", value: "2 mm" }],
      originCountry: "NL",
      vatCategory: "S",
      vatRate: "25",
      period: { start: "2013-03-10", end: "2013-03-10" },
      lineNet: "1000",
      orderLineReference: "1",
      buyerAccountingReference: "ACC7654",
      objectId: { id: "Object2" },
    });
    expect(first.allowances).toEqual([
      { charge: false, amount: "100", baseAmount: "1000", percentage: "10", reason: "Loyal customer", reasonCode: "95" },
      { charge: true, amount: "100", baseAmount: "1000", percentage: "10", reason: "Packaging", reasonCode: "ABL" },
    ]);
    expect(readFixture("CII_example3.xml").invoice.allowancesCharges).toEqual([
      { charge: true, amount: "100", reason: "Freight charge", reasonCode: "FC", vatCategory: "S", vatRate: "25" },
    ]);
    expect(readFixture("CII_business_example_01.xml").invoice.lines?.[0].classifications).toEqual([{ id: "65434568", listId: "STI" }]);
  });

  it("reads several IBANs with their BIC and the exemption reason of a VAT breakdown", () => {
    const { invoice } = readFixture("CII_example2.xml");
    expect(invoice.payment?.accounts).toEqual([{ iban: "NO9386011117947", bic: "DNBANOKK" }, { iban: "NO9386011117947" }]);
    expect(invoice.vatBreakdown).toContainEqual({ taxableAmount: "-25", taxAmount: "0", category: "E", rate: "0", exemptionReason: "Exempt New Means of Transport" });
    // Example 7: not subject to VAT (O), no rate, and no TaxTotalAmount at all (BT-110 absent).
    expect(readFixture("CII_example7.xml").invoice.vatBreakdown).toEqual([{ taxableAmount: "3200", taxAmount: "0", category: "O", exemptionReason: "Tax" }]);
  });
});
