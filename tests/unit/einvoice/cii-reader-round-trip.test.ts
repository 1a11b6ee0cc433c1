// The CII reader against the portal's own writer: every term writeCii writes is read back unchanged.
import { describe, expect, it } from "vitest";
import { CII_EN16931_GUIDELINE, writeCii } from "@/features/einvoice/write/cii-writer.ts";
import { type EInvoice, parseXml, readCii } from "@/features/einvoice/index.ts";
import { exampleInvoice } from "./example.ts";

/** Every term the CII writer writes, filled (two lines, two VAT rates, an exempt row, allowances, attachments…). */
function richInvoice(): EInvoice {
  const base = exampleInvoice([
    { name: "Pommes", quantity: "4", unitCode: "KGM", unitPriceNet: "2.00", vatRate: "5.5" },
    { name: "Œufs & pâté <bio>", quantity: "2.5", unitCode: "C62", unitPriceNet: "3.10", vatRate: "20", reference: "OEU-1" },
  ]);
  const [apples, eggs] = base.lines;
  return {
    ...base,
    typeCode: "381",
    vatPointDateCode: "432",
    dueDate: "2025-04-13",
    projectReference: "PROJ-7",
    contractReference: "MARCHE-2025-12",
    notes: ["Avoir sur la facture FAC-2024-0099", "Pénalités de retard : 3 fois le taux légal"],
    precedingInvoices: [{ number: "FAC-2024-0099", issueDate: "2024-12-20" }],
    seller: {
      name: "Société <Dupont> & Fils",
      tradingName: "Dupont",
      legalId: { id: "35600000000048", scheme: "0009" },
      ids: [{ id: "FRCHORUSSOCIETE" }, { id: "3012345678901", scheme: "0088" }],
      vatId: "FR40356000000",
      address: { line1: "1 rue de la Paix", line2: "Bâtiment B", line3: "3e étage", postCode: "75002", city: "PARIS", countryCode: "FR" },
      electronicAddress: { id: "35600000000048", scheme: "0225" },
      contact: { name: "Jeanne Martin", phone: "+33 1 02 03 04 05", email: "jeanne.martin@dupont.fr" },
    },
    payee: { name: "FACTOR SA", legalId: { id: "12345678900011", scheme: "0009" }, ids: [{ id: "FACT-1" }], address: { countryCode: "FR" } },
    payment: {
      meansCode: "30",
      accounts: [{ iban: "FR7630006000011234567890189", bic: "AGRIFRPP", name: "Dupont et Fils" }, { iban: "FR7610107001011234567890129" }],
      terms: "Paiement à 30 jours",
    },
    allowancesCharges: [
      { charge: false, amount: "1.00", baseAmount: "10.00", percentage: "10", reason: "Remise fidélité", reasonCode: "95", vatCategory: "S", vatRate: "20" },
      { charge: true, amount: "2.00", reason: "Frais de port", reasonCode: "FC", vatCategory: "S", vatRate: "20" },
    ],
    totals: { ...base.totals, allowanceTotal: "1.00", chargeTotal: "2.00", prepaid: "5.00", rounding: "0.01" },
    vatBreakdown: [
      ...base.vatBreakdown,
      { taxableAmount: "0.00", taxAmount: "0.00", category: "E", rate: "0", exemptionReason: "Exonération de TVA, article 261 du CGI", exemptionReasonCode: "VATEX-EU-132" },
    ],
    lines: [
      {
        ...apples,
        note: "Calibre 70",
        description: "Pommes Golden, France",
        orderLineReference: "10",
        grossPrice: "2.50",
        priceBaseQuantity: "1",
        priceBaseQuantityUnit: "KGM",
        allowances: [{ charge: false, amount: "0.50", baseAmount: "10.00", percentage: "5", reason: "Remise ligne", reasonCode: "95" }],
      },
      eggs,
    ],
    attachments: [
      { id: "PJ-1", description: "Bon de livraison", content: { base64: "JVBERi0xLjQ=", mimeCode: "application/pdf", fileName: "bl.pdf" } },
      { id: "PJ-2", uri: "https://exemple.fr/releve.html" },
    ],
  };
}

describe("CII reader — round trip with the portal's writer", () => {
  it("reads back exactly what writeCii writes", () => {
    const invoice = richInvoice();
    const result = readCii(parseXml(writeCii(invoice)));
    // What the reader adds or the writer cannot carry: the guideline it writes when the invoice gives none, the
    // notes' details, and the payee without address (EN 16931 gives the payee none).
    const { address: _payeeAddress, ...payee } = invoice.payee!;
    const expected = {
      ...invoice,
      specificationId: CII_EN16931_GUIDELINE,
      noteDetails: invoice.notes!.map((text) => ({ text })),
      payee,
    };
    expect(result.invoice).toEqual(expected);
    expect(result.syntaxFindings).toEqual([]);
  });

  it("reads back the seed invoice (one line, 8.00 / 0.44 / 8.44) with its VAT point date code 3 (CII 5)", () => {
    const { invoice } = readCii(parseXml(writeCii(exampleInvoice())));
    expect(invoice).toMatchObject({ number: "FAC-2025-0001", vatPointDateCode: "3", buyerReference: "FACTURES", purchaseOrderReference: "BM124" });
    expect(invoice.totals).toEqual({ lineNetTotal: "8.00", taxExclusive: "8.00", taxTotal: "0.44", taxInclusive: "8.44", amountDue: "8.44" });
    expect(invoice.buyer?.legalId).toEqual({ id: "24290031400012", scheme: "0009" });
  });
});
