import { describe, expect, it } from "vitest";
import { validateEInvoice } from "@/features/einvoice/index.ts";
import { NO_BANK_DETAILS_NOTICE, paymentMeansOf, transferWithoutAccount } from "@/features/invoices/common/rules/payment-means.ts";
import { toEInvoice } from "@/features/invoices/common/rules/to-einvoice.ts";
import { invoiceFormSchema } from "@/features/invoices/common/schemas.ts";

const party = { identifierType: "SIRET", identifier: "12345678900014", raisonSociale: "LE FOURNISSEUR", adresse: "1 rue de la Paix", codePostal: "75001", ville: "Paris", pays: "France" };

describe("paymentMeansOf (BG-16 of an invoice entered in the portal)", () => {
  it("a transfer to a known account: code 30 with its IBAN and BIC", () => {
    expect(paymentMeansOf("VIREMENT", { iban: "FR7630006000011234567890189", bic: "AGRIFRPPXXX" })).toEqual({ meansCode: "30", accounts: [{ iban: "FR7630006000011234567890189", bic: "AGRIFRPPXXX" }] });
  });

  it("a transfer without an account: code 1 « Virement », no account (BR-61 binds 30 and 58 only)", () => {
    expect(paymentMeansOf("VIREMENT", null)).toEqual({ meansCode: "1", meansText: "Virement" });
    expect(paymentMeansOf("VIREMENT", { iban: null })).toEqual({ meansCode: "1", meansText: "Virement" });
  });

  it("the other modes carry no account, even when the structure has one", () => {
    expect(paymentMeansOf("CHEQUE", { iban: "FR7630006000011234567890189" })).toEqual({ meansCode: "20" });
    expect(paymentMeansOf("ESPECE", null)).toEqual({ meansCode: "10" });
    expect(paymentMeansOf("PRELEVEMENT", null)).toEqual({ meansCode: "49" });
    expect(paymentMeansOf("AUTRE", null)).toEqual({ meansCode: "1" });
  });

  it("transferWithoutAccount: only « Virement » without an account earns the notice", () => {
    expect(transferWithoutAccount("VIREMENT", false)).toBe(true);
    expect(transferWithoutAccount("VIREMENT", true)).toBe(false);
    expect(transferWithoutAccount("CHEQUE", false)).toBe(false);
    expect(NO_BANK_DETAILS_NOTICE).toContain("Activités du gestionnaire > Coordonnées bancaires");
  });

  it("the EN 16931 model of seed 001's invoice without an account passes the payment rules (no BR-61)", () => {
    const invoice = invoiceFormSchema.parse({
      supplierStructureId: "00000000-0000-4000-8000-000000000001",
      recipientStructureId: "00000000-0000-4000-8000-000000000002",
      cadre: "A1",
      type: "FACTURE",
      vatRegime: "DEBITS",
      paymentMode: "VIREMENT",
      invoiceNumber: "F-1",
      invoiceDate: "2026-03-02",
      lines: [{ denomination: "Pommes", quantity: "4", unit: "KGM", unitPriceNet: "2", vatRate: "5,5" }],
    });
    const einvoice = toEInvoice({ number: "F-1", invoice, supplier: { ...party, iban: null }, recipient: party });
    expect(einvoice.payment).toMatchObject({ meansCode: "1", meansText: "Virement" });
    const rules = validateEInvoice(einvoice, []).map((finding) => finding.rule);
    expect(rules).not.toContain("BR-61");
    expect(rules).not.toContain("BR-49");
    const withTransfer = toEInvoice({ number: "F-1", invoice, supplier: { ...party, iban: null }, recipient: party });
    withTransfer.payment = { ...withTransfer.payment!, meansCode: "30", meansText: undefined };
    expect(validateEInvoice(withTransfer, []).map((finding) => finding.rule)).toContain("BR-61");
  });
});
