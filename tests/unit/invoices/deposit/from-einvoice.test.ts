// "Dépôt d'une nouvelle facture": an invoice read from a file becomes the portal's invoice columns and lines, with
// the FILE's totals, the keys to find its parties and notes of what the form cannot hold — never a throw.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractEmbeddedFiles, parseXml, readCii, type ReadEInvoice, readUbl } from "@/features/einvoice/index.ts";
import { fieldsToCheckOf } from "@/features/invoices/deposit/rules/fields-to-check.ts";
import { toDepositedInvoice } from "@/features/invoices/deposit/rules/from-einvoice.ts";

const fixture = (relative: string) => readFileSync(path.resolve("tests/fixtures", relative));
const ubl = (name: string) => readUbl(parseXml(fixture(`en16931/ubl/${name}`))).invoice;
const cii = (name: string) => readCii(parseXml(fixture(`en16931/cii/${name}`))).invoice;

const MONEY = /^-?\d+\.\d{2}$/;

/** A minimal invoice as a reader gives it; each test changes what it is about. */
const invoice = (overrides: ReadEInvoice = {}): ReadEInvoice => ({
  number: "F-1",
  issueDate: "2026-03-02",
  typeCode: "380",
  currency: "EUR",
  payment: { meansCode: "30" },
  totals: { lineNetTotal: "8.00", taxExclusive: "8.00", taxTotal: "0.44", taxInclusive: "8.44", amountDue: "8.44" },
  vatBreakdown: [{ category: "S", rate: "5.5", taxableAmount: "8.00", taxAmount: "0.44" }],
  lines: [{ id: "1", name: "Pommes", quantity: "4", unitCode: "KGM", netPrice: "2", lineNet: "8.00", vatCategory: "S", vatRate: "5.5" }],
  ...overrides,
});

describe("toDepositedInvoice on real files", () => {
  it("maps the French Factur-X F20180027: references, encaissements, the file's totals, lines, parties and what the form cannot hold", async () => {
    const [xml] = (await extractEmbeddedFiles(fixture("facturx/Facture_F20180027.pdf"))).filter((file) => file.name === "factur-x.xml");
    const deposited = toDepositedInvoice(readCii(parseXml(xml.content)).invoice);
    expect(deposited).toMatchObject({
      type: "FACTURE",
      currency: "EUR",
      invoiceNumber: "F20180027",
      invoiceDate: "2018-12-31",
      marketNumber: "CT2018120802",
      engagementNumber: "PO201925478",
      originalInvoiceNumber: "F20180003",
      paymentMode: "VIREMENT",
      vatRegime: "ENCAISSEMENTS", // BT-8 = 72 (paid to date)
      comment: "FOURNISSEUR F SARL au capital de 50 000 EUR\nRCS PARIS 123 456 789",
      iban: "FR7612542547256985425874698",
      totalNet: "100.00",
      totalVat: "10.00",
      totalGross: "110.00",
      amountDue: "100.00",
      // Allowance 5.00 at 10 % (5.50) − charge 10.00 at 10 % (11.00).
      globalDiscountGross: "-5.50",
      seller: { siret: "12345678900014" },
      recipient: { siret: "98765432100029", serviceCode: "SERVEXEC" },
    });
    expect(deposited.recipient.identifiers).toEqual(expect.arrayContaining(["98765432100029", "3654789851"]));
    expect(deposited.lines).toEqual([
      { reference: undefined, denomination: "PRESTATION SUPPORT", quantity: "1", unit: "C62", unitPriceNet: "60", discountNet: "0.00", vatRate: "10", lineNet: "60.00" },
      { reference: undefined, denomination: "FOURNITURES DIVERSES", quantity: "3", unit: "C62", unitPriceNet: "10", discountNet: "0.00", vatRate: "10", lineNet: "30.00" },
      { reference: undefined, denomination: "APPEL", quantity: "1", unit: "C62", unitPriceNet: "5", discountNet: "0.00", vatRate: "10", lineNet: "5.00" },
    ]);
    expect(deposited.unmapped).toEqual(expect.arrayContaining(["2 remises/charges au niveau du document", "Montant déjà payé (BT-113) : 10.00"]));
  });

  it.each([
    ["ubl-tc434-example1.xml", "12115118", "229.60", "20.73", "250.33", "250.33", 20],
    ["ubl-tc434-example3.xml", "TOSL108", "1700.00", "305.00", "2005.00", "2005.00", 2],
    ["ubl-tc434-example5.xml", "TOSL110", "4000.00", "675.00", "4675.00", "2337.50", 3],
    ["BIS3_Invoice_negativ.XML", "12345", "-625743.54", "-156435.89", "-782179.43", "-782179.43", 1],
  ])("keeps the totals and lines of the UBL file %s", (file, number, net, vat, gross, due, lineCount) => {
    const deposited = toDepositedInvoice(ubl(file));
    expect(deposited).toMatchObject({ invoiceNumber: number, totalNet: net, totalVat: vat, totalGross: gross, amountDue: due });
    expect(deposited.lines).toHaveLength(lineCount);
  });

  it.each([
    ["CII_business_example_02.xml", "INV000013", "10.00", "1.90", "11.90", "11.90", 3],
    ["CII_example1.xml", "12115118", "229.60", "20.73", "250.33", "250.33", 20],
    ["CII_example9.xml", "20150483", "147.00", "30.87", "177.87", "177.87", 1],
  ])("keeps the totals and lines of the CII file %s", (file, number, net, vat, gross, due, lineCount) => {
    const deposited = toDepositedInvoice(cii(file));
    expect(deposited).toMatchObject({ invoiceNumber: number, totalNet: net, totalVat: vat, totalGross: gross, amountDue: due });
    expect(deposited.lines).toHaveLength(lineCount);
  });

  it("maps the UBL credit note as an Avoir, exempt with the file's reason", () => {
    const deposited = toDepositedInvoice(ubl("ubl-tc434-creditnote1.xml"));
    expect(deposited).toMatchObject({ type: "AVOIR", vatRegime: "EXONERE", exemptionReason: "Taxes are not applicable", totalNet: "100.11", totalVat: "0.00", amountDue: "100.11" });
    expect(deposited.lines[0]).toMatchObject({ reference: "V55", quantity: "1", unitPriceNet: "100.11", vatRate: "0", lineNet: "100.11" });
  });

  it("maps a file whose VAT category is O (not subject) as Sans TVA, without a BT-110", () => {
    expect(toDepositedInvoice(cii("CII_example7.xml"))).toMatchObject({ vatRegime: "SANS_TVA", totalVat: "0.00", totalGross: "3200.00" });
  });

  it("groups the units and rates the form does not offer into one note each, with the lines concerned", () => {
    const { unmapped } = toDepositedInvoice(ubl("ubl-tc434-example1.xml"));
    expect(unmapped).toContain("Unité « EA » absente de la liste du portail (lignes 1, 2, 3, 4, 5 et 15 autres)");
    expect(unmapped).toContain("Taux de TVA de 21 % absent de la liste du portail (lignes 14, 16, 17, 18)");
  });
});

describe("toDepositedInvoice rules", () => {
  it.each([
    ["380", "FACTURE"],
    ["384", "FACTURE"],
    ["381", "AVOIR"],
    ["261", "AVOIR"],
    ["262", "AVOIR"],
    ["296", "AVOIR"],
    ["308", "AVOIR"],
    ["532", "AVOIR"],
    ["386", "ACOMPTE"],
    ["500", "ACOMPTE"],
  ])("type code %s is a %s", (typeCode, type) => {
    expect(toDepositedInvoice(invoice({ typeCode })).type).toBe(type);
  });

  it.each([
    ["30", "VIREMENT"],
    ["31", "VIREMENT"],
    ["42", "VIREMENT"],
    ["58", "VIREMENT"],
    ["20", "CHEQUE"],
    ["10", "ESPECE"],
    ["49", "PRELEVEMENT"],
    ["59", "PRELEVEMENT"],
    ["48", "AUTRE"],
    ["1", "AUTRE"],
  ])("payment means %s is %s", (meansCode, paymentMode) => {
    expect(toDepositedInvoice(invoice({ payment: { meansCode } })).paymentMode).toBe(paymentMode);
  });

  it("reads code 1 « Virement » (a transfer the portal wrote without an account, decision 0011) back as Virement", () => {
    expect(toDepositedInvoice(invoice({ payment: { meansCode: "1", meansText: "Virement" } })).paymentMode).toBe("VIREMENT");
    expect(toDepositedInvoice(invoice({ payment: { meansCode: "1", meansText: "Compensation" } })).paymentMode).toBe("AUTRE");
  });

  it("takes the VAT regime from the categories and BT-8", () => {
    expect(toDepositedInvoice(invoice()).vatRegime).toBe("DEBITS");
    expect(toDepositedInvoice(invoice({ vatPointDateCode: "432" })).vatRegime).toBe("ENCAISSEMENTS");
    expect(toDepositedInvoice(invoice({ vatPointDateCode: "72" })).vatRegime).toBe("ENCAISSEMENTS");
    const exempt = toDepositedInvoice(
      invoice({ vatBreakdown: [{ category: "E", rate: "0", exemptionReason: "Exonération de TVA, article 261 du CGI" }], lines: [{ name: "Formation", quantity: "1", netPrice: "100", lineNet: "100", vatCategory: "E", vatRate: "0" }] }),
    );
    expect(exempt).toMatchObject({ vatRegime: "EXONERE", exemptionReason: "Exonération de TVA, article 261 du CGI" });
    const intraCommunity = toDepositedInvoice(invoice({ vatBreakdown: [{ category: "K", rate: "0" }], lines: [] }));
    expect(intraCommunity).toMatchObject({ vatRegime: "EXONERE", exemptionReason: "Exonération de TVA, article 262 ter I du CGI (livraison intracommunautaire)" });
    const mixed = toDepositedInvoice(invoice({ vatBreakdown: [{ category: "S", rate: "20" }, { category: "E", rate: "0" }] }));
    expect(mixed.vatRegime).toBe("DEBITS");
    expect(mixed.unmapped).toContain("Catégories de TVA multiples (S, E) : le formulaire n'en retient qu'un type de TVA.");
  });

  it("divides the net price by its base quantity and nets line allowances and charges into the discount", () => {
    const [line] = toDepositedInvoice(
      invoice({
        lines: [
          {
            name: "Câble",
            sellerItemId: "CAB-1",
            quantity: "12.5",
            unitCode: "MTR",
            netPrice: "10",
            priceBaseQuantity: "4",
            allowances: [
              { charge: false, amount: "3.00" },
              { charge: true, amount: "1.25" },
            ],
            lineNet: "29.50",
            vatRate: "20",
          },
        ],
      }),
    ).lines;
    expect(line).toEqual({ reference: "CAB-1", denomination: "Câble", quantity: "12.5", unit: "MTR", unitPriceNet: "2.5", discountNet: "1.75", vatRate: "20", lineNet: "29.50" });
  });

  it("finds SIRETs in the legal id, a 0009 id or a 0009/0225 electronic address, and lists every identifier once", () => {
    const deposited = toDepositedInvoice(
      invoice({
        seller: { name: "V", ids: [{ id: "123 456 789 00012", scheme: "0009" }, { id: "12345678900012" }], vatId: "FR32123456789" },
        buyer: { name: "A", legalId: { id: "123456789", scheme: "0002" }, electronicAddress: { id: "24290031400012", scheme: "0225" } },
        buyerReference: "FACTURES",
      }),
    );
    expect(deposited.seller).toEqual({ siret: "12345678900012", identifiers: ["12345678900012", "FR32123456789"] });
    expect(deposited.recipient).toEqual({ siret: "24290031400012", identifiers: ["123456789", "24290031400012"], serviceCode: "FACTURES" });
    // A 14-digit number under another scheme (a GLN…) is no SIRET.
    expect(toDepositedInvoice(invoice({ buyer: { ids: [{ id: "12345678900012", scheme: "0088" }] } })).recipient.siret).toBeUndefined();
  });

  it("defaults what a PDF's text cannot give and never throws on an empty reading", () => {
    const deposited = toDepositedInvoice({});
    expect(deposited).toMatchObject({ type: "FACTURE", currency: "EUR", paymentMode: "VIREMENT", vatRegime: "DEBITS", totalNet: "0.00", totalVat: "0.00", totalGross: "0.00", amountDue: "0.00", lines: [], unmapped: [] });
    expect(deposited.invoiceNumber).toBeUndefined();
    expect(toDepositedInvoice({ issueDate: "2026-02-30" }).invoiceDate).toBeUndefined();
  });

  it("replaces unreadable or oversized amounts by 0 with a note, so that no write can fail", () => {
    const deposited = toDepositedInvoice(
      invoice({
        currency: "euro",
        totals: { taxExclusive: "1e30", taxInclusive: "99999999999999999999.00", amountDue: "abc" },
        lines: [{ name: "X", quantity: "1e3", netPrice: "12345678901234567", lineNet: "NaN", vatRate: "1000" }],
      }),
    );
    expect(deposited).toMatchObject({ currency: "EUR", totalNet: "0.00", totalGross: "0.00", amountDue: "0.00" });
    expect(deposited.lines[0]).toMatchObject({ quantity: "0", unitPriceNet: "0", vatRate: "0", lineNet: "0.00" });
    expect(deposited.unmapped).toEqual(
      expect.arrayContaining([
        "Devise « EURO » illisible : l'euro est retenu.",
        "Ligne 1 : quantité illisible ou hors limites, remplacé par 0.",
        "Ligne 1 : prix unitaire net illisible ou hors limites, remplacé par 0.",
        "Ligne 1 : taux de TVA illisible ou hors limites, remplacé par 0.",
      ]),
    );
  });

  it("never throws and always gives 2-decimal amounts, whatever strings the reader found", () => {
    const anyText = fc.oneof(fc.string(), fc.constantFrom("1e5", "-0", ".5", "12.345678901", "  7 ", "99999999999999999999"), fc.constant(undefined));
    const readLine = fc.record({ quantity: anyText, netPrice: anyText, priceBaseQuantity: anyText, lineNet: anyText, vatRate: anyText, unitCode: anyText, name: anyText }, { requiredKeys: [] });
    const read = fc.record(
      {
        typeCode: anyText,
        currency: anyText,
        issueDate: anyText,
        vatPointDateCode: anyText,
        totals: fc.record({ taxExclusive: anyText, taxTotal: anyText, taxInclusive: anyText, amountDue: anyText, prepaid: anyText }, { requiredKeys: [] }),
        lines: fc.array(readLine, { maxLength: 4 }),
        allowancesCharges: fc.array(fc.record({ charge: fc.boolean(), amount: anyText, vatRate: anyText, vatCategory: anyText }, { requiredKeys: [] }), { maxLength: 3 }),
        vatBreakdown: fc.array(fc.record({ category: anyText, exemptionReason: anyText }, { requiredKeys: [] }), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(read, (value) => {
        const deposited = toDepositedInvoice(value as ReadEInvoice);
        for (const amount of [deposited.totalNet, deposited.totalVat, deposited.totalGross, deposited.amountDue, deposited.globalDiscountGross]) expect(amount).toMatch(MONEY);
        for (const line of deposited.lines) {
          expect(line.lineNet).toMatch(MONEY);
          expect(line.discountNet).toMatch(MONEY);
          expect(line.quantity).toMatch(/^-?\d+(\.\d{1,6})?$/);
        }
      }),
      { numRuns: 500, seed: 20261123 },
    );
  });
});

describe("fieldsToCheckOf", () => {
  it("names the form's fields guessed from a PDF's text, each once", () => {
    expect(fieldsToCheckOf(["number", "issueDate", "seller.legalId.id", "totals.taxExclusive", "totals.taxTotal", "totals.taxInclusive", "unknown.path"])).toEqual([
      "invoiceNumber",
      "invoiceDate",
      "supplierStructureId",
      "totals",
    ]);
    expect(fieldsToCheckOf(undefined)).toEqual([]);
  });
});
