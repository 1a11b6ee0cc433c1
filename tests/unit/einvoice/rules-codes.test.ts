import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCii, type ReadEInvoice, readUbl } from "@/features/einvoice/index.ts";
import { children, parseXml, type XmlNode } from "@/features/einvoice/read/safe-xml.ts";
import { amountCurrencyFindings, codesRules, UBL_AMOUNT_ELEMENTS } from "@/features/einvoice/validate/rules/codes.ts";
import { exampleInvoice } from "./example.ts";

/** A French invoice whose every coded term is in its list (and uses most of them). */
function validInvoice(): ReadEInvoice {
  return {
    typeCode: "380",
    currency: "EUR",
    taxCurrency: "EUR",
    vatPointDateCode: "432",
    invoicedObjectId: { id: "CPT-12", scheme: "AAA" },
    noteDetails: [{ subjectCode: "AAI", text: "Livraison partielle" }, { text: "Sans sujet" }],
    seller: {
      ids: [{ id: "FR123", scheme: "0088" }, { id: "FR45ZZZ", scheme: "SEPA" }],
      legalId: { id: "24290031400012", scheme: "0009" },
      address: { countryCode: "FR" },
      electronicAddress: { id: "24290031400012", scheme: "0009" },
    },
    buyer: { ids: [{ id: "B1", scheme: "0002" }], legalId: { id: "X", scheme: "0002" }, address: { countryCode: "BE" }, electronicAddress: { id: "a@b.fr", scheme: "EM" } },
    payee: { ids: [{ id: "P1", scheme: "SEPA" }], legalId: { id: "P", scheme: "0009" } },
    taxRepresentative: { address: { countryCode: "DE" } },
    delivery: { locationId: { id: "LOC", scheme: "0088" }, address: { countryCode: "XI" } },
    payment: { meansCode: "58" },
    allowancesCharges: [
      { charge: false, amount: "5", reasonCode: "95", vatCategory: "S" },
      { charge: true, amount: "2", reasonCode: "FC", vatCategory: "S" },
    ],
    vatBreakdown: [{ category: "S" }, { category: "E", exemptionReasonCode: "vatex-eu-132-1a" }],
    lines: [
      {
        unitCode: "C62",
        priceBaseQuantityUnit: "KGM",
        vatCategory: "S",
        originCountry: "FR",
        objectId: { id: "O", scheme: "ABZ" },
        standardId: { id: "0123", scheme: "0160" },
        classifications: [{ id: "03222", listId: "STI" }],
        allowances: [{ charge: false, amount: "1", reasonCode: "104" }, { charge: true, amount: "1", reasonCode: "ABK" }],
      },
    ],
    attachments: [{ id: "1", content: { base64: "", mimeCode: "application/pdf", fileName: "a.pdf" } }],
  };
}

const rulesAndLocations = (invoice: ReadEInvoice) => codesRules(invoice).map((finding) => `${finding.rule} ${finding.location}`);

describe("code-list rules (BR-CL)", () => {
  it("accept an invoice whose coded terms are all in their lists, and what the portal writes", () => {
    expect(codesRules(validInvoice())).toEqual([]);
    expect(codesRules(exampleInvoice())).toEqual([]);
  });

  it.each<[string, (invoice: ReadEInvoice) => void, string]>([
    ["BR-CL-01", (i) => (i.typeCode = "999"), "BT-3"],
    ["BR-CL-04", (i) => (i.currency = "EURO"), "BT-5"],
    ["BR-CL-05", (i) => (i.taxCurrency = "XYZ"), "BT-6"],
    ["BR-CL-06", (i) => (i.vatPointDateCode = "5"), "BT-8"],
    ["BR-CL-07", (i) => (i.invoicedObjectId!.scheme = "XXA"), "BT-18-1"],
    ["BR-CL-07", (i) => (i.lines![0].objectId!.scheme = "XXA"), "BG-25[1]/BT-128-1"],
    ["BR-CL-08", (i) => (i.noteDetails![0].subjectCode = "ZZ9"), "BG-1[1]/BT-21"],
    ["BR-CL-10", (i) => (i.seller!.ids![0].scheme = "9901"), "BG-4/BT-29-1[1]"],
    ["BR-CL-10", (i) => (i.buyer!.ids![0].scheme = "SEPA"), "BG-7/BT-46-1[1]"],
    ["BR-CL-10", (i) => (i.payee!.ids![0].scheme = "0181"), "BG-10/BT-60-1[1]"],
    ["BR-CL-11", (i) => (i.seller!.legalId!.scheme = "0283"), "BG-4/BT-30-1"],
    ["BR-CL-11", (i) => (i.buyer!.legalId!.scheme = "SIRET"), "BG-7/BT-47-1"],
    ["BR-CL-11", (i) => (i.payee!.legalId!.scheme = "SEPA"), "BG-10/BT-61-1"],
    ["BR-CL-13", (i) => (i.lines![0].classifications![0].listId = "XXX"), "BG-25[1]/BT-158-1[1]"],
    ["BR-CL-14", (i) => (i.seller!.address!.countryCode = "FRA"), "BT-40"],
    ["BR-CL-14", (i) => (i.buyer!.address!.countryCode = "AA"), "BT-55"],
    ["BR-CL-14", (i) => (i.taxRepresentative!.address!.countryCode = "ÅÅ"), "BT-69"],
    ["BR-CL-14", (i) => (i.delivery!.address!.countryCode = "UK"), "BT-80"],
    ["BR-CL-15", (i) => (i.lines![0].originCountry = "HC"), "BG-25[1]/BT-159"],
    ["BR-CL-16", (i) => (i.payment!.meansCode = "99"), "BT-81"],
    ["BR-CL-17", (i) => (i.vatBreakdown![0].category = "X"), "BG-23[1]/BT-118"],
    ["BR-CL-17", (i) => (i.allowancesCharges![1].vatCategory = "Y"), "BG-21[1]/BT-102"],
    ["BR-CL-18", (i) => (i.lines![0].vatCategory = "AA"), "BG-25[1]/BT-151"],
    ["BR-CL-19", (i) => (i.allowancesCharges![0].reasonCode = "143"), "BG-20[1]/BT-98"],
    ["BR-CL-19", (i) => (i.lines![0].allowances![0].reasonCode = "FC"), "BG-25[1]/BG-27[1]/BT-140"],
    ["BR-CL-20", (i) => (i.allowancesCharges![1].reasonCode = "95"), "BG-21[1]/BT-105"],
    ["BR-CL-20", (i) => (i.lines![0].allowances![1].reasonCode = "XBB"), "BG-25[1]/BG-28[1]/BT-145"],
    ["BR-CL-21", (i) => (i.lines![0].standardId!.scheme = "GTIN"), "BG-25[1]/BT-157-1"],
    ["BR-CL-22", (i) => (i.vatBreakdown![1].exemptionReasonCode = "VATEX-EU-999"), "BG-23[2]/BT-121"],
    ["BR-CL-23", (i) => (i.lines![0].unitCode = "2D"), "BG-25[1]/BT-130"],
    ["BR-CL-23", (i) => (i.lines![0].priceBaseQuantityUnit = "MO"), "BG-25[1]/BT-150"],
    ["BR-CL-24", (i) => (i.attachments![0].content!.mimeCode = "application/pxf"), "BG-24[1]/BT-125-1"],
    ["BR-CL-25", (i) => (i.seller!.electronicAddress!.scheme = "9908"), "BT-34-1"],
    ["BR-CL-25", (i) => (i.buyer!.electronicAddress!.scheme = "0001"), "BT-49-1"],
    ["BR-CL-26", (i) => (i.delivery!.locationId!.scheme = "GLN"), "BT-71-1"],
  ])("%s: a code out of its list is a fatal finding at its place (%s)", (rule, breakIt, location) => {
    const invoice = validInvoice();
    breakIt(invoice);
    const findings = codesRules(invoice);
    expect(findings.map((finding) => `${finding.rule} ${finding.location}`)).toEqual([`${rule} ${location}`]);
    expect(findings[0].severity).toBe("fatal");
    expect(findings[0].message).toMatch(/doit appartenir|n'appartient pas/);
  });

  it("compare codes as the schematron does: whitespace normalized, case kept, whole codes only", () => {
    const invoice = validInvoice();
    invoice.currency = " EUR\n";
    invoice.seller!.address!.countryCode = "fr";
    invoice.buyer!.address!.countryCode = "B E";
    invoice.typeCode = "";
    expect(rulesAndLocations(invoice)).toEqual(["BR-CL-01 BT-3", "BR-CL-14 BT-40", "BR-CL-14 BT-55"]);
    expect(codesRules(invoice)[0].message).toBe(
      "Le code de type de document (BT-3) est vide : il doit appartenir à la liste UNTDID 1001 des factures et avoirs.",
    );
    expect(codesRules(invoice)[1].message).toBe("Le code pays de l'adresse du vendeur (BT-40) « fr » n'appartient pas à la liste ISO 3166-1 alpha-2 des pays.");
  });

  it("compare VATEX codes in upper case, MIME codes exactly", () => {
    const invoice = validInvoice();
    invoice.vatBreakdown![1].exemptionReasonCode = "Vatex-FR-Franchise";
    expect(codesRules(invoice)).toEqual([]);
    invoice.attachments![0].content!.mimeCode = "application/pdf ";
    expect(rulesAndLocations(invoice)).toEqual(["BR-CL-24 BG-24[1]/BT-125-1"]);
  });

  it("check a reason code only when the charge indicator is known, a document VAT category always", () => {
    const invoice = validInvoice();
    invoice.allowancesCharges = [{ amount: "1", reasonCode: "???", vatCategory: "Q" }];
    expect(rulesAndLocations(invoice)).toEqual(["BR-CL-17 BG-20/BG-21[1]"]);
  });

  it("leave absent terms to the core rules", () => {
    expect(codesRules({})).toEqual([]);
    expect(codesRules({ seller: {}, lines: [{}], allowancesCharges: [{ charge: true }], attachments: [{ content: {} }] })).toEqual([]);
  });

  it("never throw, whatever the reader gives", () => {
    const garbage = "§ pas un code §";
    const everywhere = JSON.parse(JSON.stringify(validInvoice()), (_key, value) => (typeof value === "string" ? garbage : value));
    expect(codesRules(everywhere).length).toBeGreaterThan(20);
    for (const odd of [null, undefined, "facture", 42, [], { lines: "x", seller: 3, vatBreakdown: [null, "y"], payment: [] }]) {
      expect(() => codesRules(odd as unknown as ReadEInvoice)).not.toThrow();
    }
    fc.assert(fc.property(fc.anything(), (value) => Array.isArray(codesRules(value as ReadEInvoice))));
    fc.assert(
      fc.property(fc.object({ maxDepth: 4, values: [fc.string(), fc.boolean(), fc.integer(), fc.constant(null)] }), (value) => {
        for (const finding of codesRules(value as ReadEInvoice)) expect(finding.rule).toMatch(/^BR-CL-\d\d$/);
        return true;
      }),
    );
  });
});

const UNIT_TESTS = path.resolve("tests/fixtures/en16931/unit-ubl-invoice");

/** The tests of a CEN testSet file: what each expects of the rule, and its UBL invoice. */
function cenTests(file: string): { expectation: string; invoice: XmlNode }[] {
  const testSet = parseXml(readFileSync(path.join(UNIT_TESTS, file)));
  return children(testSet, "test").map((test) => {
    const assert = children(test, "assert")[0];
    const expectation = assert.children.find((node) => ["success", "error", "warning"].includes(node.name))!.name;
    return { expectation, invoice: test.children.find((node) => node.name === "Invoice" || node.name === "CreditNote")! };
  });
}

describe("the CEN unit tests of the code-list rules", () => {
  const files = readdirSync(UNIT_TESTS).filter((file) => /^BR-CL-\d+\.xml$/.test(file));

  it("cover every code-list rule the CEN tests have", () => expect(files).toHaveLength(19));

  it.each(files)("%s: the rule is raised exactly where the test expects it", (file) => {
    const rule = file.replace(".xml", "");
    for (const { expectation, invoice } of cenTests(file)) {
      const namespace = `urn:oasis:names:specification:ubl:schema:xsd:${invoice.name}-2`;
      const read = readUbl({ ...invoice, namespace });
      // BR-CL-03 comes with the reader's syntax findings, the others from the rule group.
      const raised = [...read.syntaxFindings, ...codesRules(read.invoice)].some((finding) => finding.rule === rule);
      expect(raised, `${file} (${expectation})`).toBe(expectation !== "success");
    }
  });

  it("BR-CL-03: the currencyID of every UBL amount element is checked", () => {
    const amountsOf = (node: XmlNode): { currencyId: string | undefined; location: string }[] => [
      ...(UBL_AMOUNT_ELEMENTS.has(node.name) ? [{ currencyId: node.attrs.currencyID, location: node.name }] : []),
      ...node.children.flatMap(amountsOf),
    ];
    const [success, error] = cenTests("BR-CL-03.xml");
    expect(amountsOf(success.invoice).length).toBeGreaterThan(10);
    expect(amountCurrencyFindings(amountsOf(success.invoice))).toEqual([]);
    expect(amountCurrencyFindings(amountsOf(error.invoice))).toHaveLength(amountsOf(error.invoice).length);
    expect(amountCurrencyFindings([{ currencyId: undefined, location: "PayableAmount" }])[0].message).toContain("est vide");
  });
});

describe("the official EN 16931 examples", () => {
  const dir = path.resolve("tests/fixtures/en16931");
  it.each([...readdirSync(path.join(dir, "ubl")).map((file) => `ubl/${file}`), ...readdirSync(path.join(dir, "cii")).map((file) => `cii/${file}`)])(
    "%s raises no code-list finding",
    (file) => {
      const root = parseXml(readFileSync(path.join(dir, file)));
      const read = file.startsWith("ubl/") ? readUbl(root) : readCii(root);
      expect(codesRules(read.invoice)).toEqual([]);
    },
  );
});

describe("the breakdown's VAT category code under the syntax's rule id", () => {
  it("BR-CL-17 in UBL (TaxCategory), BR-CL-18 in CII (ApplicableTradeTax, as a line's)", () => {
    const invoice = { vatBreakdown: [{ category: "FR", taxableAmount: "10", taxAmount: "0" }] };
    expect(codesRules(invoice, { syntax: "UBL" }).map((finding) => finding.rule)).toEqual(["BR-CL-17"]);
    expect(codesRules(invoice, { syntax: "CII" }).map((finding) => finding.rule)).toEqual(["BR-CL-18"]);
  });
});
