import { describe, expect, it } from "vitest";
import { invoiceFormSchema, recipientErrors, sendingErrors, type InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { ANY_ID as ID, pommesLine as pommes, seedInvoiceForm as form } from "../../support/seed-invoice-form.ts";

const errorsOf = (input: InvoiceFormInput) => {
  const result = invoiceFormSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("invoiceFormSchema", () => {
  it("accepts the seed's invoice, with EUR by default", () => {
    const parsed = invoiceFormSchema.parse(form());
    expect(parsed.currency).toBe("EUR");
    expect(parsed.lines[0]).toMatchObject({ quantity: "4", unitPriceNet: "2", vatRate: "5.5" });
  });

  it("takes decimal commas and normalises them, without floats", () => {
    const parsed = invoiceFormSchema.parse(form({ lines: [{ ...pommes, quantity: "2,5", unitPriceNet: "0,123456", discountNet: "0,30", vatRate: "5,5" }] }));
    expect(parsed.lines[0]).toMatchObject({ quantity: "2.5", unitPriceNet: "0.123456", discountNet: "0.30", vatRate: "5.5" });
  });

  it("refuses too many decimals, unknown units and rates, each on its line's field in French", () => {
    const errors = errorsOf(form({ lines: [{ ...pommes, quantity: "1.1234567", unit: "XYZ" as never, discountNet: "0.001", vatRate: "7" }] }));
    expect(errors["lines.0.quantity"]).toMatch(/6 après/);
    expect(errors["lines.0.unit"]).toBe("Choisissez une unité dans la liste.");
    expect(errors["lines.0.discountNet"]).toMatch(/2 après/);
    expect(errors["lines.0.vatRate"]).toMatch(/taux de TVA parmi/);
  });

  it("keeps 0 % for exempt or VAT-free invoices, and requires it there", () => {
    expect(errorsOf(form({ lines: [{ ...pommes, vatRate: "0" }] }))["lines.0.vatRate"]).toMatch(/réservé/);
    expect(errorsOf(form({ vatRegime: "SANS_TVA", lines: [pommes] }))["lines.0.vatRate"]).toMatch(/Sans TVA/);
    expect(errorsOf(form({ vatRegime: "EXONERE", exemptionReason: "Article 261", lines: [{ ...pommes, vatRate: "0" }] }))).toEqual({});
  });

  it("refuses a discount larger than the line's gross amount", () => {
    expect(errorsOf(form({ lines: [{ ...pommes, discountNet: "8.01" }] }))["lines.0.discountNet"]).toMatch(/ne peut pas dépasser/);
    expect(errorsOf(form({ lines: [{ ...pommes, discountNet: "8" }] }))).toEqual({});
  });

  it("refuses a date that does not exist and a malformed id", () => {
    expect(errorsOf(form({ invoiceDate: "2026-02-30" })).invoiceDate).toBe("Cette date de facture n'existe pas.");
    expect(errorsOf(form({ recipientStructureId: "abc" })).recipientStructureId).toMatch(/recherche de destinataire/);
  });
});

describe("sendingErrors", () => {
  const parse = (overrides: Partial<InvoiceFormInput>) => invoiceFormSchema.parse(form(overrides));

  it("has nothing to say about a complete invoice", () => {
    expect(sendingErrors(parse({}))).toEqual({});
  });

  it("asks for the number, a line, the exemption reason, the original invoice of an avoir and a recipient", () => {
    expect(sendingErrors(parse({ invoiceNumber: "", lines: [], recipientStructureId: "", type: "AVOIR", vatRegime: "EXONERE" }))).toEqual({
      invoiceNumber: "Le numéro de facture est obligatoire pour envoyer la facture.",
      lines: "Ajoutez au moins une ligne de facture.",
      exemptionReason: "Sélectionnez un motif d'exonération.",
      originalInvoiceNumber: "Le numéro de la facture d'origine est obligatoire pour un avoir.",
      recipientStructureId: "Choisissez le destinataire de la facture.",
    });
  });

  it("takes the State as the recipient when the user says so", () => {
    expect(sendingErrors(parse({ recipientStructureId: "", recipientIsState: true }))).toEqual({});
  });
});

describe("recipientErrors", () => {
  const cotesDArmor = {
    serviceObligatoire: true,
    engagementObligatoire: true,
    engagementFormat: { charset: "CHIFFRES", minLength: 5, maxLength: 6, prefix: null } as const,
    services: [{ id: ID, engagementObligatoire: true }],
  };

  it("requires the service and the numéro d'engagement when the recipient does", () => {
    expect(recipientErrors({ recipientServiceId: "", engagementNumber: "" }, cotesDArmor)).toEqual({
      recipientServiceId: "Le destinataire exige un service : choisissez-en un.",
      engagementNumber: "Le numéro d'engagement est obligatoire pour ce destinataire.",
    });
  });

  it("checks the engagement's format with the recipient's words", () => {
    expect(recipientErrors({ recipientServiceId: ID, engagementNumber: "BM124" }, cotesDArmor)).toEqual({
      engagementNumber: "Le numéro d'engagement doit comporter 5 ou 6 chiffres.",
    });
    expect(recipientErrors({ recipientServiceId: ID, engagementNumber: "123456" }, cotesDArmor)).toEqual({});
  });

  it("refuses a service of another structure, and asks the engagement a service requires", () => {
    const free = { serviceObligatoire: false, engagementObligatoire: false, engagementFormat: null, services: [{ id: ID, engagementObligatoire: true }] };
    expect(recipientErrors({ recipientServiceId: "8f0c7c1e-4b5a-4c3d-9e8f-0a1b2c3d4e5f" }, free)).toEqual({ recipientServiceId: "Ce service n'appartient pas au destinataire ou n'est plus actif." });
    expect(recipientErrors({ recipientServiceId: ID }, free)).toEqual({ engagementNumber: "Le numéro d'engagement est obligatoire pour ce destinataire." });
    expect(recipientErrors({}, free)).toEqual({});
  });
});
