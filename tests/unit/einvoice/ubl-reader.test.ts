import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EInvoiceReadError, parseXml, readUbl } from "@/features/einvoice/index.ts";

const UBL_DIR = path.resolve("tests/fixtures/en16931/ubl");
const readFixture = (name: string) => readUbl(parseXml(readFileSync(path.join(UBL_DIR, name))));

const INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
const NAMESPACES = `xmlns="${INVOICE_NS}" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"`;
const readInvoiceXml = (body: string) => readUbl(parseXml(`<?xml version="1.0" encoding="UTF-8"?><Invoice ${NAMESPACES}>${body}</Invoice>`));

// BT-1, BT-5, BT-109, BT-112, BT-115 and the number of lines as the files write them (fixtures README, and the
// same terms read from the other files with another XML tool).
const EXPECTED: [file: string, number: string, currency: string, net: string, gross: string, due: string, lines: number][] = [
  ["BIS3_Invoice_negativ.XML", "12345", "DKK", "-625743.54", "-782179.43", "-782179.43", 1],
  ["BIS3_Invoice_positive.XML", "12345", "DKK", "625743.54", "782179.43", "782179.43", 1],
  ["guide-example1.xml", "12115118", "EUR", "229.60", "250.33", "250.33", 20],
  ["guide-example2.xml", "TOSL108", "NOK", "1436.50", "1801.78", "801.78", 5],
  ["guide-example3.xml", "TOSL108", "DKK", "900.00", "1125.00", "1125.00", 2],
  ["issue116.xml", "2018210", "SEK", "700", "830", "830", 4],
  ["sample-discount-price.xml", "test decimal 1", "EUR", "12.12", "15.15", "15.15", 1],
  ["ubl-tc434-creditnote1.xml", "018304 / 28865", "EUR", "100.11", "100.11", "100.11", 1],
  ["ubl-tc434-example1.xml", "12115118", "EUR", "229.60", "250.33", "250.33", 20],
  ["ubl-tc434-example10.xml", "12115118", "EUR", "229.60", "250.33", "250.33", 20],
  ["ubl-tc434-example2.xml", "TOSL108", "NOK", "1436.50", "1801.78", "801.78", 5],
  ["ubl-tc434-example3.xml", "TOSL108", "DKK", "1700.00", "2005.00", "2005.00", 2],
  ["ubl-tc434-example4.xml", "TOSL110", "DKK", "4000.00", "4675.00", "4675.00", 3],
  ["ubl-tc434-example5.xml", "TOSL110", "DKK", "4000.00", "4675.00", "2337.50", 3],
  ["ubl-tc434-example6.xml", "TOSL110", "DKK", "4000.00", "4675.00", "4675.00", 3],
  ["ubl-tc434-example7.xml", "INVOICE_test_7", "SEK", "3200.00", "3200.00", "3200.00", 2],
  ["ubl-tc434-example8.xml", "1100512149", "EUR", "908.91", "1099.78", "1099.78", 10],
  ["ubl-tc434-example9.xml", "20150483", "EUR", "147.00", "177.87", "177.87", 1],
];

describe("UBL reader: the CEN example files", () => {
  it("covers every file of the fixtures folder", () => {
    expect(readdirSync(UBL_DIR).sort()).toEqual(EXPECTED.map(([file]) => file).sort());
  });

  it.each(EXPECTED)("%s: number %s, %s, net %s, gross %s, due %s, %i lines", (file, number, currency, net, gross, due, lines) => {
    const { syntax, invoice, syntaxFindings } = readFixture(file);
    expect(syntax).toBe("UBL");
    expect(invoice.number).toBe(number);
    expect(invoice.currency).toBe(currency);
    expect(invoice.totals?.taxExclusive).toBe(net);
    expect(invoice.totals?.taxInclusive).toBe(gross);
    expect(invoice.totals?.amountDue).toBe(due);
    expect(invoice.lines).toHaveLength(lines);
    expect(syntaxFindings.filter((finding) => finding.severity === "fatal")).toEqual([]);
  });

  it("reads a credit note: CreditNoteTypeCode, CreditedQuantity, the item attribute and the account", () => {
    const { root, invoice } = readFixture("ubl-tc434-creditnote1.xml");
    expect(root).toBe("CreditNote");
    expect(invoice.typeCode).toBe("381");
    expect(invoice.invoicingPeriod).toEqual({ start: "2019-02-01", end: "2019-02-28" });
    expect(invoice.seller).toMatchObject({ name: "My Supplier Company", tradingName: "My Supplier Company N.V.", vatId: "BE0000000196" });
    expect(invoice.seller?.electronicAddress).toEqual({ id: "0000000196", scheme: "0201" });
    expect(invoice.vatBreakdown).toEqual([
      { taxableAmount: "100.11", taxAmount: "0.00", category: "E", rate: "0.00", exemptionReason: "Taxes are not applicable" },
    ]);
    const [line] = invoice.lines!;
    expect(line).toMatchObject({ id: "1", quantity: "1.00", unitCode: "C62", lineNet: "100.11", netPrice: "100.11", vatCategory: "E", sellerItemId: "V55" });
    expect(line.attributes).toEqual([{ name: "2", value: "Contributions - précompte professionnel" }]);
    expect(invoice.payment).toMatchObject({ meansCode: "1", remittanceInformation: "010676609538", accounts: [{ iban: "BE91000000143476", bic: "BPOTBEB1" }] });
  });

  it("reads parties, payee, tax representative, delivery, direct debit, allowances and the VAT in the tax currency", () => {
    const { invoice } = readFixture("ubl-tc434-example5.xml");
    expect(invoice.seller).toMatchObject({
      ids: [{ id: "5790000436101", scheme: "0088" }],
      vatId: "NL16356706",
      taxRegistrationId: "NL16356706",
      additionalLegalInfo: "Export",
      contact: { name: "Anthon Larsen", phone: "+3198989898", email: "Anthon@Selco.nl" },
      address: { line1: "Hoofdstraat 4", line2: "Om de hoek", city: "Grootstad", postCode: "54321", subdivision: "Overijssel", countryCode: "NL" },
    });
    expect(invoice.payee).toEqual({ name: "Dagobert Duck", ids: [{ id: "DK16356608" }], legalId: { id: "DK16356608" } });
    expect(invoice.taxRepresentative).toMatchObject({ name: "Dick Panama", vatId: "DK16356609" });
    expect(invoice.delivery).toMatchObject({ name: "Logistic service Ltd", date: "2013-04-15", locationId: { id: "5790000436068" } });
    expect(invoice.payment).toMatchObject({ meansCode: "49", directDebit: { mandateReference: "123456", debitedAccount: "DK1212341234123412" } });
    expect(invoice.payment?.terms).toBe("50% prepaid, 50% within one month");
    expect(invoice).toMatchObject({
      purchaseOrderReference: "PO4711",
      salesOrderReference: "123",
      contractReference: "2013-05",
      projectReference: "Project345",
      despatchAdviceReference: "5433",
      receivingAdviceReference: "3544",
      tenderOrLotReference: "Lot567",
      buyerAccountingReference: "67543",
      precedingInvoices: [{ number: "TOSL109", issueDate: "2013-03-10" }],
      taxCurrency: "EUR",
    });
    expect(invoice.allowancesCharges).toEqual([
      { charge: false, amount: "150.00", baseAmount: "1500.00", percentage: "10", reason: "Loyal customer", reasonCode: "100", vatCategory: "S", vatRate: "25" },
      { charge: true, amount: "150.00", baseAmount: "1500.00", percentage: "10", reason: "Packaging", reasonCode: "ABL", vatCategory: "S", vatRate: "25" },
    ]);
    expect(invoice.totals).toMatchObject({ taxTotal: "675.00", taxTotalInTaxCurrency: "628.62", allowanceTotal: "150.00", chargeTotal: "150.00", prepaid: "2337.50" });
    const [line] = invoice.lines!;
    expect(line.allowances?.map((allowance) => [allowance.charge, allowance.amount])).toEqual([[false, "100.00"], [true, "100.00"]]);
    expect(line).toMatchObject({ netPrice: "1.00", priceDiscount: "0.10", grossPrice: "1.10", priceBaseQuantity: "1", period: { start: "2013-03-10", end: "2013-04-10" } });
    expect(line.standardId).toEqual({ id: "1234567890128", scheme: "0088" });
    expect(line.classifications).toEqual([{ id: "12344321", listId: "ZZZ" }]);
  });

  it("reads the attachments: embedded file (base64, MIME code, file name) and external URI", () => {
    const { invoice } = readFixture("ubl-tc434-example2.xml");
    expect(invoice.attachments).toEqual([
      { id: "Doc1", description: "Timesheet", uri: "http://www.suppliersite.eu/sheet001.html" },
      { id: "Doc2", description: "EHF specification", content: { base64: "VGVzdGluZyBCYXNlNjQgZW5jb2Rpbmc=", mimeCode: "application/pdf", fileName: "test.pdf" } },
    ]);
    expect(Buffer.from(invoice.attachments![1].content!.base64!, "base64").toString()).toBe("Testing Base64 encoding");
  });

  it("keeps every amount as the string of the file", () => {
    const { invoice } = readFixture("issue116.xml");
    expect(invoice.totals).toMatchObject({ taxExclusive: "700", taxInclusive: "830" });
  });
});

describe("UBL reader: a French invoice", () => {
  const french = readInvoiceXml(`
    <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
    <cbc:ID>FAC-2025-0042</cbc:ID><cbc:IssueDate>2025-03-14</cbc:IssueDate><cbc:DueDate>2025-04-13</cbc:DueDate>
    <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
    <cbc:Note>#AAI#Livraison en deux fois</cbc:Note><cbc:Note>Merci de votre confiance</cbc:Note>
    <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode><cbc:BuyerReference>SERVICE-FACTURES</cbc:BuyerReference>
    <cac:InvoicePeriod><cbc:DescriptionCode>432</cbc:DescriptionCode></cac:InvoicePeriod>
    <cac:OrderReference><cbc:ID>EJ-123456</cbc:ID></cac:OrderReference>
    <cac:AdditionalDocumentReference><cbc:ID schemeID="AAA">LOT-7</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:AdditionalDocumentReference>
    <cac:AccountingSupplierParty><cac:Party>
      <cbc:EndpointID schemeID="0009">12345678200010</cbc:EndpointID>
      <cac:PartyIdentification><cbc:ID schemeID="SEPA">FR12ZZZ123456</cbc:ID></cac:PartyIdentification>
      <cac:PostalAddress><cbc:StreetName>1 rue de la Paix</cbc:StreetName><cac:AddressLine><cbc:Line>Bâtiment B</cbc:Line></cac:AddressLine>
        <cbc:CityName>Paris</cbc:CityName><cbc:PostalZone>75002</cbc:PostalZone><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
      <cac:PartyTaxScheme><cbc:CompanyID>FR32123456782</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
      <cac:PartyLegalEntity><cbc:RegistrationName>Pommes &amp; Poires SARL</cbc:RegistrationName><cbc:CompanyID schemeID="0009">12345678200010</cbc:CompanyID></cac:PartyLegalEntity>
    </cac:Party></cac:AccountingSupplierParty>
    <cac:AccountingCustomerParty><cac:Party>
      <cac:PostalAddress><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
      <cac:PartyLegalEntity><cbc:RegistrationName>BREST METROPOLE</cbc:RegistrationName><cbc:CompanyID schemeID="0009">24290031400012</cbc:CompanyID></cac:PartyLegalEntity>
    </cac:Party></cac:AccountingCustomerParty>
    <cac:PaymentMeans><cbc:PaymentMeansCode name="Virement">30</cbc:PaymentMeansCode>
      <cac:PayeeFinancialAccount><cbc:ID>FR7630006000011234567890189</cbc:ID><cbc:Name>Pommes et Poires</cbc:Name>
        <cac:FinancialInstitutionBranch><cbc:ID>AGRIFRPP</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount></cac:PaymentMeans>
    <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
      <cac:PayeeFinancialAccount><cbc:ID>FR7610107001011234567890129</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
    <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">0.44</cbc:TaxAmount></cac:TaxTotal>
    <cac:LegalMonetaryTotal><cbc:TaxExclusiveAmount currencyID="EUR">8.00</cbc:TaxExclusiveAmount><cbc:PayableAmount currencyID="EUR">8.44</cbc:PayableAmount></cac:LegalMonetaryTotal>`);

  it("reads the SIRET (scheme 0009) of both parties, the endpoint, the SEPA creditor id and the address line 3", () => {
    const { seller, buyer } = french.invoice;
    expect(seller?.name).toBe("Pommes & Poires SARL");
    expect(seller?.legalId).toEqual({ id: "12345678200010", scheme: "0009" });
    expect(seller?.electronicAddress).toEqual({ id: "12345678200010", scheme: "0009" });
    expect(seller?.ids).toBeUndefined(); // the SEPA identifier is BT-90, not a seller identifier
    expect(seller?.address?.line3).toBe("Bâtiment B");
    expect(buyer?.legalId).toEqual({ id: "24290031400012", scheme: "0009" });
    expect(french.invoice.payment?.directDebit).toEqual({ creditorId: "FR12ZZZ123456" });
  });

  it("reads every IBAN of every payment means, the means text, notes with their subject code and the invoiced object", () => {
    const { invoice } = french;
    expect(invoice.payment).toMatchObject({ meansCode: "30", meansText: "Virement" });
    expect(invoice.payment?.accounts).toEqual([
      { iban: "FR7630006000011234567890189", name: "Pommes et Poires", bic: "AGRIFRPP" },
      { iban: "FR7610107001011234567890129" },
    ]);
    expect(invoice.notes).toEqual(["Livraison en deux fois", "Merci de votre confiance"]);
    expect(invoice.noteDetails).toEqual([{ subjectCode: "AAI", text: "Livraison en deux fois" }, { text: "Merci de votre confiance" }]);
    expect(invoice.invoicedObjectId).toEqual({ id: "LOT-7", scheme: "AAA" });
    expect(invoice.attachments).toBeUndefined();
    expect(invoice).toMatchObject({ vatPointDateCode: "432", purchaseOrderReference: "EJ-123456", buyerReference: "SERVICE-FACTURES", dueDate: "2025-04-13" });
  });

  it("leaves absent the terms the file does not give", () => {
    const { invoice } = french;
    expect(invoice.totals).toEqual({ taxExclusive: "8.00", taxTotal: "0.44", amountDue: "8.44" });
    expect(invoice.lines).toBeUndefined();
    expect(invoice.buyer).toEqual({ name: "BREST METROPOLE", legalId: { id: "24290031400012", scheme: "0009" }, address: { countryCode: "FR" } });
  });
});

describe("UBL reader: leniency and refusals", () => {
  it("reads an empty invoice without throwing, every term absent", () => {
    expect(readInvoiceXml("").invoice).toEqual({});
  });

  it("keeps a group present in the file even when its terms are missing (the validator names them)", () => {
    const { invoice } = readInvoiceXml(
      "<cac:BillingReference/><cac:PaymentMeans><cac:PayeeFinancialAccount/></cac:PaymentMeans><cac:InvoiceLine/><cac:TaxTotal><cac:TaxSubtotal/></cac:TaxTotal>",
    );
    expect(invoice.precedingInvoices).toEqual([{}]);
    expect(invoice.payment).toEqual({ accounts: [{}] });
    expect(invoice.lines).toEqual([{}]);
    expect(invoice.vatBreakdown).toEqual([{}]);
  });

  it("gives every VAT total of the invoice currency when the file repeats it", () => {
    const { invoice } = readInvoiceXml(
      `<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode><cac:TaxTotal><cbc:TaxAmount currencyID="EUR">700.00</cbc:TaxAmount></cac:TaxTotal><cac:TaxTotal><cbc:TaxAmount currencyID="EUR">715</cbc:TaxAmount></cac:TaxTotal>`,
    );
    expect(invoice.totals).toEqual({ taxTotal: "700.00", taxTotalOccurrences: ["700.00", "715"] });
  });

  it.each([
    ["an UBL order", `<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"><ID>1</ID></Order>`],
    ["a CII invoice", `<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"/>`],
    ["an Invoice outside the UBL namespace", `<Invoice xmlns="urn:example:not-ubl"><ID>1</ID></Invoice>`],
    ["an Invoice without namespace", `<Invoice><ID>1</ID></Invoice>`],
  ])("refuses %s with NOT_AN_INVOICE and a French message", (_label, xml) => {
    let caught: unknown;
    try {
      readUbl(parseXml(xml));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EInvoiceReadError);
    expect((caught as EInvoiceReadError).code).toBe("NOT_AN_INVOICE");
    expect((caught as EInvoiceReadError).message).toMatch(/n'est pas une facture UBL/);
  });
});

describe("UBL syntax rules", () => {
  const rulesOf = (body: string) => readInvoiceXml(body).syntaxFindings.map((finding) => finding.rule);
  const sellerTaxSchemes = (...schemes: string[]) =>
    `<cac:AccountingSupplierParty><cac:Party>${schemes
      .map((scheme, index) => `<cac:PartyTaxScheme><cbc:CompanyID>FR${index}</cbc:CompanyID><cac:TaxScheme><cbc:ID>${scheme}</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>`)
      .join("")}</cac:Party></cac:AccountingSupplierParty>`;

  it("UBL-SR-12 / UBL-SR-42: one seller VAT identifier, two tax schemes at most", () => {
    expect(rulesOf(sellerTaxSchemes("VAT", "TAX"))).toEqual([]);
    expect(rulesOf(sellerTaxSchemes("VAT", "vat"))).toEqual(["UBL-SR-12"]);
    expect(rulesOf(sellerTaxSchemes("VAT", "TAX", "LOC"))).toEqual(["UBL-SR-13", "UBL-SR-42"]);
  });

  it("UBL-DT-01: amounts have two decimals at most, prices and price allowances excepted", () => {
    const findings = readInvoiceXml(
      `<cac:LegalMonetaryTotal><cbc:PayableAmount>1.234</cbc:PayableAmount><cbc:TaxExclusiveAmount>1.23</cbc:TaxExclusiveAmount></cac:LegalMonetaryTotal>
       <cac:InvoiceLine><cac:Price><cbc:PriceAmount>1.2345</cbc:PriceAmount><cac:AllowanceCharge><cbc:Amount>0.123</cbc:Amount></cac:AllowanceCharge></cac:Price></cac:InvoiceLine>`,
    ).syntaxFindings.filter((finding) => finding.rule === "UBL-DT-01");
    expect(findings).toEqual([
      { rule: "UBL-DT-01", severity: "fatal", message: "Un montant doit avoir au plus deux décimales : PayableAmount vaut « 1.234 ».", location: "LegalMonetaryTotal/PayableAmount" },
    ]);
  });

  it("UBL-DT-06 / UBL-DT-07: an embedded file carries its MIME code and its file name", () => {
    const embedded = (attributes: string) =>
      rulesOf(`<cac:AdditionalDocumentReference><cbc:ID>1</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject ${attributes}>QQ==</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>`);
    expect(embedded(`mimeCode="application/pdf" filename="a.pdf"`)).toEqual([]);
    expect(embedded(`filename="a.pdf"`)).toEqual(["UBL-DT-06"]);
    expect(embedded("")).toEqual(["UBL-DT-06", "UBL-DT-07"]);
  });

  it("UBL-SR-44 / UBL-SR-47: one payment reference and one payment means code, possibly repeated", () => {
    const means = (code: string, id: string) => `<cac:PaymentMeans><cbc:PaymentMeansCode>${code}</cbc:PaymentMeansCode><cbc:PaymentID>${id}</cbc:PaymentID></cac:PaymentMeans>`;
    expect(rulesOf(means("30", "A") + means("30", "A"))).toEqual([]);
    expect(rulesOf(means("30", "A") + means("30", "B"))).toEqual(["UBL-SR-44"]);
    expect(rulesOf(means("30", "A") + means("31", "A"))).toEqual(["UBL-SR-47"]);
  });

  it("UBL-SR-48 on each line, with the line's position; UBL-SR-43 on a scheme outside the invoiced object", () => {
    const findings = readInvoiceXml(
      `<cac:AdditionalDocumentReference><cbc:ID schemeID="AAA">X</cbc:ID></cac:AdditionalDocumentReference>
       <cac:InvoiceLine><cac:Item><cac:ClassifiedTaxCategory/></cac:Item></cac:InvoiceLine><cac:InvoiceLine><cac:Item/></cac:InvoiceLine>`,
    ).syntaxFindings;
    expect(findings.map((finding) => [finding.rule, finding.location])).toEqual([
      ["UBL-SR-43", "BG-24"],
      ["UBL-SR-48", "BG-25[2]/BG-30"],
    ]);
  });

  it("warns (UBL-DT-18) on a name attribute anywhere but on the payment means code", () => {
    const findings = readInvoiceXml(`<cbc:InvoiceTypeCode name="Facture">380</cbc:InvoiceTypeCode>`).syntaxFindings;
    expect(findings).toEqual([expect.objectContaining({ rule: "UBL-DT-18", severity: "warning", location: "InvoiceTypeCode" })]);
  });
});
