// The portal's own invoices written in UBL 2.1 (for a public structure that receives UBL) pass the EN 16931 rules
// it applies to deposited ones: every kind of invoice the form can produce, written in UBL, read back and validated.
import { describe, expect, it } from "vitest";
import { fatalFindings, parseXml, readCii, readUbl, validateEInvoice, writeCii } from "@/features/einvoice/index.ts";
import { writeUbl } from "@/features/einvoice/write/ubl-writer.ts";
import { invoiceFormSchema, type InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { toEInvoice } from "@/features/invoices/common/rules/to-einvoice.ts";
import { pommesLine as pommes, seedInvoiceForm } from "../support/seed-invoice-form.ts";

const address = { adresse: "1 rue de la Paix", codePostal: "75002", ville: "Paris", pays: "France" };
const beingRegistered = { identifierType: "EN_COURS_IMMATRICULATION", identifier: "FRCHORUSSOCIETE", raisonSociale: "CHORUS SOCIETE", ...address, iban: "FR7630006000011234567890189", bic: "AGRIFRPPXXX" };
const withSiret = { ...beingRegistered, identifierType: "SIRET", identifier: "12345678900014", raisonSociale: "LE FOURNISSEUR" };
const brest = { identifierType: "SIRET", identifier: "24290031400012", raisonSociale: "BREST METROPOLE BUDGET PRINCIPAL", ...address };

const cases: [string, Partial<InvoiceFormInput>, typeof beingRegistered?][] = [
  ["seed 001's Pommes invoice", {}],
  ["a supplier with a SIRET", {}, withSiret],
  ["several rates, a discount, references and a comment", { lines: [pommes, { denomination: "Poires", quantity: "2.5", unit: "KGM" as const, unitPriceNet: "3.333333", discountNet: "0.50", vatRate: "20" }], marketNumber: "M-42", engagementNumber: "BM124", comment: "Livraison en deux fois" }],
  ["TVA sur les encaissements, paid by cheque", { vatRegime: "ENCAISSEMENTS", paymentMode: "CHEQUE" }],
  ["an exempt invoice", { vatRegime: "EXONERE", exemptionReason: "Exonération de TVA, article 261 du CGI", lines: [{ ...pommes, vatRate: "0" }] }],
  ["an invoice not subject to VAT", { vatRegime: "SANS_TVA", lines: [{ ...pommes, vatRate: "0" }] }],
  ["an invoice not subject to VAT from a supplier with a SIRET (no VAT number: BR-O-02)", { vatRegime: "SANS_TVA", lines: [{ ...pommes, vatRate: "0" }] }, withSiret],
  ["an avoir (a UBL CreditNote)", { type: "AVOIR", originalInvoiceNumber: "F-2025-099" }],
  ["with a factor", { factor: "FACTOR SA" }],
];

describe("the portal's own invoices in UBL 2.1 pass EN 16931", () => {
  it.each(cases)("%s", (_name, overrides, supplier = beingRegistered) => {
    const invoice = invoiceFormSchema.parse(seedInvoiceForm(overrides));
    const einvoice = toEInvoice({ number: invoice.invoiceNumber!, invoice, supplier, recipient: brest, recipientService: { code: "FACTURES" }, attachments: [{ type: "Bon de commande", designation: "BC 12", fileName: "bc.pdf", mimeType: "application/pdf", content: new TextEncoder().encode("%PDF-1.4") }] });
    const xml = writeUbl(einvoice);
    const read = readUbl(parseXml(xml));
    expect(read.root).toBe(einvoice.typeCode === "381" ? "CreditNote" : "Invoice");
    expect(fatalFindings(validateEInvoice(read.invoice, read.syntaxFindings))).toEqual([]);
    // The same model as the Factur-X XML carries (the recipient reads the same invoice in either syntax), but for BT-24.
    const fromCii = readCii(parseXml(writeCii(einvoice))).invoice;
    expect({ ...read.invoice, specificationId: undefined }).toEqual({ ...fromCii, specificationId: undefined });
  });
});
