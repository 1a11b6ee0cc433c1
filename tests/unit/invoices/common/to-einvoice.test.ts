import { describe, expect, it } from "vitest";
import { invoiceFormSchema, type InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { PAYMENT_TERMS, toEInvoice, type EInvoiceSource } from "@/features/invoices/common/rules/to-einvoice.ts";
import { pommesLine, seedInvoiceForm } from "../../support/seed-invoice-form.ts";

const supplier = {
  identifierType: "EN_COURS_IMMATRICULATION",
  identifier: "FRCHORUSSOCIETE",
  raisonSociale: "CHORUS SOCIETE",
  adresse: "1 rue de la Paix",
  codePostal: "75002",
  ville: "Paris",
  pays: "France",
  iban: "FR7630006000011234567890189",
  bic: "AGRIFRPPXXX",
};
const brest = { identifierType: "SIRET", identifier: "24290031400012", raisonSociale: "BREST METROPOLE BUDGET PRINCIPAL", adresse: "24 rue Coat-ar-Gueven", codePostal: "29200", ville: "BREST", pays: "France" };

function source(overrides: Partial<InvoiceFormInput> = {}, extra: Partial<EInvoiceSource> = {}): EInvoiceSource {
  const invoice = invoiceFormSchema.parse(
    seedInvoiceForm({ engagementNumber: "BM124", marketNumber: "M-42", lines: [{ reference: "P1", ...pommesLine }], ...overrides }),
  );
  return { number: "F-2026-001", invoice, supplier, recipient: brest, recipientService: { code: "FACTURES" }, ...extra };
}

describe("toEInvoice", () => {
  it("maps the seed's invoice: parties, references, payment and the totals 8.00 / 0.44 / 8.44", () => {
    const einvoice = toEInvoice(source());
    expect(einvoice).toMatchObject({
      number: "F-2026-001",
      issueDate: "2026-03-02",
      typeCode: "380",
      currency: "EUR",
      vatPointDateCode: "3",
      buyerReference: "FACTURES",
      contractReference: "M-42",
      purchaseOrderReference: "BM124",
      seller: { name: "CHORUS SOCIETE", ids: [{ id: "FRCHORUSSOCIETE" }], address: { countryCode: "FR", postCode: "75002" } },
      buyer: { name: "BREST METROPOLE BUDGET PRINCIPAL", legalId: { id: "24290031400012", scheme: "0009" } },
      payment: { meansCode: "30", accounts: [{ iban: "FR7630006000011234567890189", bic: "AGRIFRPPXXX" }] },
      totals: { lineNetTotal: "8.00", taxExclusive: "8.00", taxTotal: "0.44", taxInclusive: "8.44", amountDue: "8.44" },
      vatBreakdown: [{ taxableAmount: "8.00", taxAmount: "0.44", category: "S", rate: "5.5" }],
      lines: [{ id: "1", quantity: "4", unitCode: "KGM", netPrice: "2", lineNet: "8.00", vatCategory: "S", vatRate: "5.5", name: "Pommes", sellerItemId: "P1" }],
    });
    expect(einvoice.precedingInvoices).toBeUndefined();
    expect(einvoice.payee).toBeUndefined();
  });

  it("mirrors an invoice as an avoir: type 381, the same positive amounts, the original invoice in BG-3", () => {
    const invoice = toEInvoice(source());
    const avoir = toEInvoice(source({ type: "AVOIR", originalInvoiceNumber: "F-2026-000" }));
    expect(avoir.typeCode).toBe("381");
    expect(avoir.precedingInvoices).toEqual([{ number: "F-2026-000" }]);
    expect(avoir.totals).toEqual(invoice.totals);
    expect(avoir.vatBreakdown).toEqual(invoice.vatBreakdown);
    expect(avoir.lines).toEqual(invoice.lines);
  });

  it("names the VAT categories: Z at 0 %, E with its reason, O without rate; BT-8 432 for encaissements", () => {
    const line = { denomination: "Cours", quantity: "1", unit: "HUR" as const, unitPriceNet: "50", vatRate: "0" };
    expect(toEInvoice(source({ vatRegime: "ENCAISSEMENTS", lines: [{ ...line, vatRate: "20" }] })).vatPointDateCode).toBe("432");
    const exempt = toEInvoice(source({ vatRegime: "EXONERE", exemptionReason: "Exonération de TVA, article 261 du CGI", lines: [line] }));
    expect(exempt.vatBreakdown).toEqual([{ taxableAmount: "50.00", taxAmount: "0.00", category: "E", rate: "0", exemptionReason: "Exonération de TVA, article 261 du CGI" }]);
    expect(exempt.vatPointDateCode).toBeUndefined();
    const notSubject = toEInvoice(source({ vatRegime: "SANS_TVA", lines: [line] }));
    expect(notSubject.vatBreakdown[0]).toMatchObject({ category: "O", rate: undefined, exemptionReasonCode: "VATEX-EU-O" });
    expect(notSubject.lines[0]).toMatchObject({ vatCategory: "O", vatRate: undefined });
  });

  it("gives the line discount as an allowance, the factor as payee, cheque means without account, A2 as prepaid", () => {
    const einvoice = toEInvoice(source({ paymentMode: "CHEQUE", factor: "FACTOR SA", cadre: "A2", lines: [{ denomination: "Pommes", quantity: "4", unit: "KGM", unitPriceNet: "2", discountNet: "1,5", vatRate: "20" }] }));
    expect(einvoice.lines[0]).toMatchObject({ lineNet: "6.50", allowances: [{ charge: false, amount: "1.50", reason: "Remise" }] });
    expect(einvoice.payee).toMatchObject({ name: "FACTOR SA" });
    expect(einvoice.payment).toEqual({ meansCode: "20", accounts: undefined, terms: PAYMENT_TERMS });
    expect(einvoice.totals).toMatchObject({ taxInclusive: "7.80", prepaid: "7.80", amountDue: "0.00" });
  });

  it("embeds the attachments EN 16931 allows, and only lists the others", () => {
    const content = new TextEncoder().encode("%PDF-1.7");
    const einvoice = toEInvoice(
      source({}, {
        attachments: [
          { type: "Bon de commande", designation: "BC 12", fileName: "bc.pdf", mimeType: "application/pdf", content },
          { type: "Autre", designation: "Note", fileName: "note.txt", mimeType: "text/plain", content },
        ],
      }),
    );
    expect(einvoice.attachments).toEqual([
      { id: "bc.pdf", description: "Bon de commande : BC 12", content: { base64: Buffer.from(content).toString("base64"), mimeCode: "application/pdf", fileName: "bc.pdf" } },
      { id: "note.txt", description: "Autre : Note" },
    ]);
  });
});
