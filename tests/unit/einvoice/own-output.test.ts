// The portal's own invoices must pass the EN 16931 rules it applies to deposited ones: every kind of invoice the
// form can produce, written as CII, read back and validated, raises no fatal finding.
import { describe, expect, it } from "vitest";
import { fatalFindings, parseXml, readCii, validateEInvoice, writeCii } from "@/features/einvoice/index.ts";
import { invoiceFormSchema, type InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { frenchVatNumber, toEInvoice, type PartyStructure } from "@/features/invoices/common/rules/to-einvoice.ts";
import { pommesLine as pommes, seedInvoiceForm } from "../support/seed-invoice-form.ts";

const address = { adresse: "1 rue de la Paix", codePostal: "75002", ville: "Paris", pays: "France" };
const beingRegistered = { identifierType: "EN_COURS_IMMATRICULATION", identifier: "FRCHORUSSOCIETE", raisonSociale: "CHORUS SOCIETE", ...address, iban: "FR7630006000011234567890189", bic: "AGRIFRPPXXX" };
const withSiret = { ...beingRegistered, identifierType: "SIRET", identifier: "12345678900014", raisonSociale: "LE FOURNISSEUR" };
const withVatNumber = { ...beingRegistered, identifierType: "TVA_INTRACOMMUNAUTAIRE", identifier: "BE0123456749", raisonSociale: "FOURNISSEUR BELGE" };
const brest = { identifierType: "SIRET", identifier: "24290031400012", raisonSociale: "BREST METROPOLE BUDGET PRINCIPAL", ...address };


const cases: [string, Partial<InvoiceFormInput>, (PartyStructure & { iban?: string; bic?: string })?][] = [
  ["seed 001's Pommes invoice, from a structure being registered", {}],
  ["a supplier with a SIRET", {}, withSiret],
  ["a supplier identified by its VAT number", {}, withVatNumber],
  ["several rates, a discount, references and a comment", { lines: [pommes, { denomination: "Poires", quantity: "2.5", unit: "KGM" as const, unitPriceNet: "3.333333", discountNet: "0.50", vatRate: "20" }, { denomination: "Livre", quantity: "1", unit: "C62" as const, unitPriceNet: "12", vatRate: "2.1" }], marketNumber: "M-42", engagementNumber: "BM124", comment: "Livraison en deux fois" }],
  ["TVA sur les encaissements, paid by cheque", { vatRegime: "ENCAISSEMENTS", paymentMode: "CHEQUE" }],
  ["an exempt invoice", { vatRegime: "EXONERE", exemptionReason: "Exonération de TVA, article 261 du CGI", lines: [{ ...pommes, vatRate: "0" }] }],
  ["an invoice not subject to VAT", { vatRegime: "SANS_TVA", lines: [{ ...pommes, vatRate: "0" }] }],
  ["an invoice not subject to VAT from a supplier with a SIRET (no VAT number: BR-O-02)", { vatRegime: "SANS_TVA", lines: [{ ...pommes, vatRate: "0" }] }, withSiret],
  ["an avoir", { type: "AVOIR", originalInvoiceNumber: "F-2025-099" }],
  ["an A2 invoice already paid", { cadre: "A2", paymentMode: "AUTRE" }],
  ["with a factor", { factor: "FACTOR SA" }],
];

describe("the portal's own Factur-X XML passes EN 16931", () => {
  it.each(cases)("%s", (_name, overrides, supplier = beingRegistered) => {
    const invoice = invoiceFormSchema.parse(seedInvoiceForm(overrides));
    const einvoice = toEInvoice({ number: invoice.invoiceNumber!, invoice, supplier, recipient: brest, recipientService: { code: "FACTURES" }, attachments: [{ type: "Bon de commande", designation: "BC 12", fileName: "bc.pdf", mimeType: "application/pdf", content: new TextEncoder().encode("%PDF-1.4") }] });
    const read = readCii(parseXml(writeCii(einvoice)));
    expect(fatalFindings(validateEInvoice(read.invoice, read.syntaxFindings))).toEqual([]);
  });

  it("derives the French VAT number from the SIREN", () => {
    // Key of SIREN 404 833 048 (a published example): FR83 404833048.
    expect(frenchVatNumber("404833048")).toBe("FR83404833048");
  });
});
