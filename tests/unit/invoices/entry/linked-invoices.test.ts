import { describe, expect, it } from "vitest";
import { DOWN_PAYMENT_NOT_FOUND_MESSAGE, ORIGINAL_NOT_FOUND_MESSAGE, downPaymentErrors, originalInvoiceError, type DownPaymentCandidate } from "@/features/invoices/entry/rules/linked-invoices.ts";

const acompte = (fields: Partial<DownPaymentCandidate> = {}): DownPaymentCandidate => ({
  id: "a1",
  sentNumber: "AC-1",
  type: "ACOMPTE",
  status: "MISE_A_DISPOSITION",
  recipientStructureId: "r1",
  currency: "EUR",
  deductedByNumbers: [],
  ...fields,
});
const expected = { recipientStructureId: "r1", currency: "EUR" };

describe("the down payments a final invoice deducts", () => {
  it("accepts a sent acompte of the supplier to the same recipient, in the same currency", () => {
    expect(downPaymentErrors(["a1"], [acompte()], expected)).toBeUndefined();
  });

  it("absent (another structure's), not sent, not an acompte, or to another recipient: not found", () => {
    expect(downPaymentErrors(["a1"], [], expected)).toBe(DOWN_PAYMENT_NOT_FOUND_MESSAGE);
    expect(downPaymentErrors(["a1"], [acompte({ sentNumber: null })], expected)).toBe(DOWN_PAYMENT_NOT_FOUND_MESSAGE);
    expect(downPaymentErrors(["a1"], [acompte({ type: "FACTURE" })], expected)).toBe(DOWN_PAYMENT_NOT_FOUND_MESSAGE);
    expect(downPaymentErrors(["a1"], [acompte({ recipientStructureId: "r2" })], expected)).toBe(DOWN_PAYMENT_NOT_FOUND_MESSAGE);
  });

  it("rejected, refused, already deducted or in another currency: said with its number", () => {
    expect(downPaymentErrors(["a1"], [acompte({ status: "REJETEE" })], expected)).toBe("La facture d'acompte n° AC-1 a été rejetée : elle ne peut pas être déduite.");
    expect(downPaymentErrors(["a1"], [acompte({ status: "REFUSEE_1" })], expected)).toBe("La facture d'acompte n° AC-1 a été refusée : elle ne peut pas être déduite.");
    expect(downPaymentErrors(["a1"], [acompte({ deductedByNumbers: ["F-9"] })], expected)).toBe("La facture d'acompte n° AC-1 est déjà déduite par la facture n° F-9.");
    expect(downPaymentErrors(["a1"], [acompte({ currency: "USD" })], expected)).toMatch(/en USD/);
  });
});

describe("the invoice an avoir corrects", () => {
  it("a sent invoice of the supplier (not an avoir) to the avoir's recipient; anything else is not found", () => {
    expect(originalInvoiceError({ sentNumber: "F1", type: "FACTURE", recipientStructureId: "r1" }, "r1")).toBeUndefined();
    expect(originalInvoiceError({ sentNumber: "F1", type: "ACOMPTE", recipientStructureId: "r1" }, null)).toBeUndefined();
    expect(originalInvoiceError(null, "r1")).toBe(ORIGINAL_NOT_FOUND_MESSAGE);
    expect(originalInvoiceError({ sentNumber: null, type: "FACTURE", recipientStructureId: "r1" }, "r1")).toBe(ORIGINAL_NOT_FOUND_MESSAGE);
    expect(originalInvoiceError({ sentNumber: "A1", type: "AVOIR", recipientStructureId: "r1" }, "r1")).toBe(ORIGINAL_NOT_FOUND_MESSAGE);
    expect(originalInvoiceError({ sentNumber: "F1", type: "FACTURE", recipientStructureId: "r2" }, "r1")).toBe(ORIGINAL_NOT_FOUND_MESSAGE);
  });
});
