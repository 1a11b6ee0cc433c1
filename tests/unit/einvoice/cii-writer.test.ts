import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { writeCii } from "@/features/einvoice/index.ts";
import { exampleInvoice } from "./example.ts";

// Elements that may repeat are always arrays, so the assertions do not depend on how many there are.
const parser = new XMLParser({
  parseTagValue: false,
  ignoreAttributes: false,
  removeNSPrefix: true,
  isArray: (name) => ["IncludedSupplyChainTradeLineItem", "ApplicableTradeTax", "IncludedNote", "AdditionalReferencedDocument"].includes(name),
});

const parse = (xml: string) => parser.parse(xml).CrossIndustryInvoice;

describe("CII writer (EN 16931)", () => {
  it("writes the seed invoice with its key business terms and totals 8.00 / 0.44 / 8.44", () => {
    const cii = parse(writeCii(exampleInvoice()));
    expect(cii.ExchangedDocumentContext.GuidelineSpecifiedDocumentContextParameter.ID).toBe("urn:cen.eu:en16931:2017");
    expect(cii.ExchangedDocument.ID).toBe("FAC-2025-0001");
    expect(cii.ExchangedDocument.TypeCode).toBe("380");
    expect(cii.ExchangedDocument.IssueDateTime.DateTimeString).toEqual({ "#text": "20250314", "@_format": "102" });

    const transaction = cii.SupplyChainTradeTransaction;
    const [line] = transaction.IncludedSupplyChainTradeLineItem;
    expect(line.AssociatedDocumentLineDocument.LineID).toBe("1");
    expect(line.SpecifiedTradeProduct.Name).toBe("Pommes");
    expect(line.SpecifiedLineTradeAgreement.NetPriceProductTradePrice.ChargeAmount).toBe("2.00");
    expect(line.SpecifiedLineTradeDelivery.BilledQuantity).toEqual({ "#text": "4", "@_unitCode": "KGM" });
    expect(line.SpecifiedLineTradeSettlement.ApplicableTradeTax[0]).toEqual({ TypeCode: "VAT", CategoryCode: "S", RateApplicablePercent: "5.5" });
    expect(line.SpecifiedLineTradeSettlement.SpecifiedTradeSettlementLineMonetarySummation.LineTotalAmount).toBe("8.00");

    const agreement = transaction.ApplicableHeaderTradeAgreement;
    expect(agreement.BuyerReference).toBe("FACTURES");
    expect(agreement.SellerTradeParty.ID).toBe("FRCHORUSSOCIETE");
    expect(agreement.SellerTradeParty.Name).toBe("CHORUS SOCIETE");
    expect(agreement.BuyerTradeParty.Name).toBe("BREST METROPOLE BUDGET PRINCIPAL");
    expect(agreement.BuyerTradeParty.SpecifiedLegalOrganization.ID).toEqual({ "#text": "24290031400012", "@_schemeID": "0009" });
    expect(agreement.BuyerTradeParty.PostalTradeAddress).toEqual({ PostcodeCode: "29200", LineOne: "24 RUE COETLOGON", CityName: "BREST", CountryID: "FR" });
    expect(agreement.BuyerOrderReferencedDocument.IssuerAssignedID).toBe("BM124");

    const settlement = transaction.ApplicableHeaderTradeSettlement;
    expect(settlement.InvoiceCurrencyCode).toBe("EUR");
    expect(settlement.SpecifiedTradeSettlementPaymentMeans.TypeCode).toBe("30");
    expect(settlement.SpecifiedTradeSettlementPaymentMeans.PayeePartyCreditorFinancialAccount.IBANID).toBe("FR7630006000011234567890189");
    expect(settlement.ApplicableTradeTax).toEqual([
      { CalculatedAmount: "0.44", TypeCode: "VAT", BasisAmount: "8.00", CategoryCode: "S", DueDateTypeCode: "5", RateApplicablePercent: "5.5" },
    ]);
    expect(settlement.SpecifiedTradeSettlementHeaderMonetarySummation).toEqual({
      LineTotalAmount: "8.00",
      TaxBasisTotalAmount: "8.00",
      TaxTotalAmount: { "#text": "0.44", "@_currencyID": "EUR" },
      GrandTotalAmount: "8.44",
      DuePayableAmount: "8.44",
    });
  });

  it("writes the elements of each container in the CII schema's order", () => {
    const xml = writeCii(exampleInvoice());
    const order = ["<ram:IncludedSupplyChainTradeLineItem>", "<ram:ApplicableHeaderTradeAgreement>", "<ram:ApplicableHeaderTradeDelivery/>", "<ram:ApplicableHeaderTradeSettlement>"];
    const positions = order.map((tag) => xml.indexOf(tag));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const summation = ["LineTotalAmount", "TaxBasisTotalAmount", "TaxTotalAmount", "GrandTotalAmount", "DuePayableAmount"].map((name) =>
      xml.indexOf(`<ram:${name}`, xml.indexOf("SpecifiedTradeSettlementHeaderMonetarySummation")),
    );
    expect([...summation].sort((a, b) => a - b)).toEqual(summation);
  });

  it("writes a credit note with its original invoice (BG-3), the contract, the factor, notes and attachments", () => {
    const invoice = {
      ...exampleInvoice(),
      typeCode: "381" as const,
      contractReference: "MARCHE-2025-12",
      notes: ["Avoir sur la facture FAC-2024-0099"],
      precedingInvoices: [{ number: "FAC-2024-0099", issueDate: "2024-12-20" }],
      payee: { name: "FACTOR SA", legalId: { id: "12345678900011", scheme: "0009" }, address: { countryCode: "FR" } },
      attachments: [{ id: "PJ-1", description: "Bon de livraison", content: { base64: "JVBERi0=", mimeCode: "application/pdf", fileName: "bl.pdf" } }],
    };
    const cii = parse(writeCii(invoice));
    expect(cii.ExchangedDocument.TypeCode).toBe("381");
    expect(cii.ExchangedDocument.IncludedNote[0].Content).toBe("Avoir sur la facture FAC-2024-0099");
    const transaction = cii.SupplyChainTradeTransaction;
    expect(transaction.ApplicableHeaderTradeAgreement.ContractReferencedDocument.IssuerAssignedID).toBe("MARCHE-2025-12");
    expect(transaction.ApplicableHeaderTradeAgreement.AdditionalReferencedDocument[0]).toEqual({
      IssuerAssignedID: "PJ-1",
      TypeCode: "916",
      Name: "Bon de livraison",
      AttachmentBinaryObject: { "#text": "JVBERi0=", "@_mimeCode": "application/pdf", "@_filename": "bl.pdf" },
    });
    const settlement = transaction.ApplicableHeaderTradeSettlement;
    expect(settlement.PayeeTradeParty).toEqual({ Name: "FACTOR SA", SpecifiedLegalOrganization: { ID: { "#text": "12345678900011", "@_schemeID": "0009" } } });
    expect(settlement.InvoiceReferencedDocument).toEqual({
      IssuerAssignedID: "FAC-2024-0099",
      FormattedIssueDateTime: { DateTimeString: { "#text": "20241220", "@_format": "102" } },
    });
  });

  it("escapes XML-special characters and keeps accents (é, à, œ, €)", () => {
    const name = `Œufs & pâté <bio> "extra" à 2 € l'œuf`;
    const invoice = exampleInvoice([{ name, quantity: "1", unitCode: "C62", unitPriceNet: "2", vatRate: "20" }]);
    invoice.seller.name = "Société <Dupont> & Fils";
    const xml = writeCii(invoice);
    expect(xml).not.toContain("<bio>");
    expect(xml).toContain("&amp; pâté &lt;bio&gt;");
    const cii = parse(xml);
    expect(cii.SupplyChainTradeTransaction.IncludedSupplyChainTradeLineItem[0].SpecifiedTradeProduct.Name).toBe(name);
    expect(cii.SupplyChainTradeTransaction.ApplicableHeaderTradeAgreement.SellerTradeParty.Name).toBe("Société <Dupont> & Fils");
  });
});
