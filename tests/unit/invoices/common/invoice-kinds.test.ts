import { describe, expect, it } from "vitest";
import { deductionExcessError, invoiceTotals } from "@/features/invoices/common/rules/amounts.ts";
import { invoiceKindErrors } from "@/features/invoices/common/rules/invoice-kinds.ts";
import { toEInvoice } from "@/features/invoices/common/rules/to-einvoice.ts";
import { parseXml, readCii, writeCii } from "@/features/einvoice/index.ts";
import { toDepositedInvoice } from "@/features/invoices/deposit/rules/from-einvoice.ts";
import { invoiceFormSchema, sendingErrors, type InvoiceFormInput } from "@/features/invoices/common/schemas.ts";

const kind = (fields: Partial<Parameters<typeof invoiceKindErrors>[0]>) => invoiceKindErrors({ type: "FACTURE", cadre: "A1", recipientServiceId: "s", downPaymentInvoiceIds: [], ...fields });

describe("what each type and cadre allows", () => {
  it("a facture d'acompte only under A1, A9, A12", () => {
    for (const cadre of ["A1", "A9", "A12"]) expect(kind({ type: "ACOMPTE", cadre })).toEqual({});
    for (const cadre of ["A2", "A3", "A21"]) expect(kind({ type: "ACOMPTE", cadre }).cadre ?? kind({ type: "ACOMPTE", cadre }).type).toBeTruthy();
    expect(kind({ type: "ACOMPTE", cadre: "A2" })).toEqual({ cadre: "Une facture d'acompte se dépose dans le cadre A1, A9 ou A12." });
  });

  it("a mémoire de frais de justice (A3) is a Facture to a juridiction (a service); a TIC claim (A21) a Facture", () => {
    expect(kind({ cadre: "A3" })).toEqual({});
    expect(kind({ cadre: "A3", recipientServiceId: "" }).recipientServiceId).toMatch(/juridiction/);
    expect(kind({ cadre: "A3", type: "AVOIR" }).type).toBe("Un mémoire de frais de justice (A3) est de type Facture.");
    expect(kind({ cadre: "A21", type: "AVOIR" }).type).toBe("Une demande de remboursement de la TIC (A21) est de type Facture.");
    expect(kind({ cadre: "A21", recipientServiceId: "" })).toEqual({});
  });

  it("only a Facture outside A2 deducts down payments", () => {
    const ids = ["d1"];
    expect(kind({ downPaymentInvoiceIds: ids })).toEqual({});
    expect(kind({ type: "AVOIR", downPaymentInvoiceIds: ids }).downPaymentInvoiceIds).toBe("Seule une facture (type Facture) déduit des factures d'acompte.");
    expect(kind({ type: "ACOMPTE", downPaymentInvoiceIds: ids }).downPaymentInvoiceIds).toBeDefined();
    expect(kind({ cadre: "A2", downPaymentInvoiceIds: ids }).downPaymentInvoiceIds).toMatch(/déjà payée \(A2\)/);
  });
});

const LINES = [{ quantity: "10", unitPriceNet: "12.50", vatRate: "20" }]; // 150.00 TTC

describe("the one totals function with deductions", () => {
  it("Net à payer = TTC − the deducted down payments' TTC (BT-113), in decimals", () => {
    const totals = invoiceTotals({ cadre: "A1", lines: LINES }, [{ totalGross: "30.10" }, { totalGross: "59.95" }]);
    expect(totals).toMatchObject({ totalGross: "150.00", prepaid: "90.05", amountDue: "59.95" });
    expect(deductionExcessError(totals)).toBeUndefined();
  });

  it("without deductions nothing is paid; A2 pays it all whatever is named", () => {
    expect(invoiceTotals({ cadre: "A1", lines: LINES })).toMatchObject({ prepaid: "0.00", amountDue: "150.00" });
    expect(invoiceTotals({ cadre: "A2", lines: LINES }, [{ totalGross: "10.00" }])).toMatchObject({ prepaid: "150.00", amountDue: "0.00" });
  });

  it("refuses deducting more than the TTC", () => {
    expect(deductionExcessError(invoiceTotals({ cadre: "A1", lines: LINES }, [{ totalGross: "150.01" }]))).toBe(
      "Les acomptes déduits (150,01) dépassent le montant TTC de la facture (150,00) : retirez-en.",
    );
    expect(deductionExcessError(invoiceTotals({ cadre: "A1", lines: LINES }, [{ totalGross: "150.00" }]))).toBeUndefined();
  });
});

const FORM: InvoiceFormInput = {
  supplierStructureId: "0b5e4b0e-4f6e-4c43-9a55-2f0a1a2b3c4d",
  recipientStructureId: "1b5e4b0e-4f6e-4c43-9a55-2f0a1a2b3c4d",
  cadre: "A1",
  type: "FACTURE",
  vatRegime: "DEBITS",
  paymentMode: "CHEQUE",
  invoiceNumber: "F1",
  invoiceDate: "2026-03-02",
  lines: [{ denomination: "Fournitures", quantity: "10", unit: "C62", unitPriceNet: "12.50", vatRate: "20" }],
};
const PARTY = { identifierType: "SIRET", identifier: "24290031400012", raisonSociale: "X", adresse: "1 rue", codePostal: "29200", ville: "BREST", pays: "France" };
const einvoice = (overrides: Partial<InvoiceFormInput>, extra: Partial<Parameters<typeof toEInvoice>[0]> = {}) =>
  toEInvoice({ number: "F1", invoice: invoiceFormSchema.parse({ ...FORM, ...overrides }), supplier: PARTY, recipient: PARTY, ...extra });

describe("the type, the cadre and the linked invoices in EN 16931", () => {
  it("BT-3 by type: 380, 381, 386; BT-23 the cadre", () => {
    expect(einvoice({})).toMatchObject({ typeCode: "380", businessProcess: "A1" });
    expect(einvoice({ type: "AVOIR", originalInvoiceNumber: "F0" })).toMatchObject({ typeCode: "381", precedingInvoices: [{ number: "F0" }] });
    expect(einvoice({ type: "ACOMPTE", cadre: "A12" })).toMatchObject({ typeCode: "386", businessProcess: "A12", precedingInvoices: undefined });
  });

  it("a facture d'acompte written by the portal is read back as one by the deposit (CII 386, cadre in BT-23)", () => {
    const read = readCii(parseXml(writeCii(einvoice({ type: "ACOMPTE", cadre: "A9" })))).invoice;
    expect(read).toMatchObject({ typeCode: "386", businessProcess: "A9" });
    expect(toDepositedInvoice(read).type).toBe("ACOMPTE");
  });

  it("an avoir names its picked original with its date; a final invoice its down payments, their TTC as BT-113", () => {
    expect(einvoice({ type: "AVOIR", originalInvoiceNumber: "tapé" }, { originalInvoice: { number: "F0", issueDate: "2026-01-02" } }).precedingInvoices).toEqual([{ number: "F0", issueDate: "2026-01-02" }]);
    const final = einvoice({}, { deductedDownPayments: [{ id: "a", number: "AC1", issueDate: "2026-01-05", totalGross: "50.00" }] });
    expect(final.precedingInvoices).toEqual([{ number: "AC1", issueDate: "2026-01-05" }]);
    expect(final.totals).toMatchObject({ taxInclusive: "150.00", prepaid: "50.00", amountDue: "100.00" });
    // An avoir deducts nothing even if down payments are handed over.
    expect(einvoice({ type: "AVOIR", originalInvoiceNumber: "F0" }, { deductedDownPayments: [{ id: "a", number: "AC1", totalGross: "50.00" }] }).totals.prepaid).toBeUndefined();
  });

  it("« Valider et envoyer » takes a picked original in place of a typed number", () => {
    expect(sendingErrors(invoiceFormSchema.parse({ ...FORM, type: "AVOIR" })).originalInvoiceNumber).toBeDefined();
    expect(sendingErrors(invoiceFormSchema.parse({ ...FORM, type: "AVOIR", originalInvoiceId: "2b5e4b0e-4f6e-4c43-9a55-2f0a1a2b3c4d" }))).toEqual({});
  });

  it("bounds the deducted down payments and refuses a repeated one", () => {
    const ids = Array.from({ length: 51 }, (_, index) => `2b5e4b0e-4f6e-4c43-9a55-${String(index).padStart(12, "0")}`);
    expect(invoiceFormSchema.safeParse({ ...FORM, downPaymentInvoiceIds: ids }).success).toBe(false);
    expect(invoiceFormSchema.safeParse({ ...FORM, downPaymentInvoiceIds: [ids[0], ids[0]] }).success).toBe(false);
  });
});
