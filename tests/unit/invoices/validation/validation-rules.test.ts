// The A9 / A12 validation circuit's pure rules: who needs the holder, the delay and deadline, the holder's decisions,
// the per-minute schedule of the automatic validation, the list's filters and the decision form.
import { describe, expect, it } from "vitest";
import { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { sendingErrors, type InvoiceFormValues } from "@/features/invoices/common/schemas.ts";
import { autoValidationKey, minuteOf, nextMinuteOf } from "@/features/invoices/validation/rules/auto-validation-schedule.ts";
import { validatorDecisionSchema } from "@/features/invoices/validation/schemas.ts";
import { validationStateWhere } from "@/features/invoices/validation/data/validation-list-query.ts";
import { parseValidationListParams, validationListHref } from "@/features/invoices/validation/rules/validation-list.ts";
import { holderTitle, needsHolderValidation } from "@/features/invoices/common/rules/holder-validation.ts";
import { isPastDeadline, validationDeadline, validationDelayDays, validatorActionsFor } from "@/features/invoices/validation/rules/validation-rules.ts";

/** The invoice the decision dialog is bound to. */
const ID = "11111111-1111-4111-8111-111111111111";

const HOLDER_MESSAGE = "Choisissez le titulaire (A9) ou le mandataire (A12) du marché.";

describe("which invoices go to the holder of the contract", () => {
  it("A9 (sous-traitant) and A12 (cotraitant) only", () => {
    expect(["A1", "A2", "A9", "A12", "", "a9"].map(needsHolderValidation)).toEqual([false, false, true, true, false, false]);
    expect(holderTitle("A9")).toBe("titulaire");
    expect(holderTitle("A12")).toBe("mandataire");
  });

  it("« Valider et envoyer » asks for the holder of an A9 / A12 invoice, and only of those", () => {
    const invoice = (cadre: string, validatorStructureId?: string) =>
      ({ cadre, validatorStructureId, invoiceNumber: "F-1", lines: [{}], vatRegime: "DEBITS", type: "FACTURE", recipientIsState: true }) as unknown as InvoiceFormValues;
    expect(sendingErrors(invoice("A9"))).toEqual({ validatorStructureId: HOLDER_MESSAGE });
    expect(sendingErrors(invoice("A12", ""))).toEqual({ validatorStructureId: HOLDER_MESSAGE });
    expect(sendingErrors(invoice("A12", "0b0a2b6e-3c1e-4b8e-9a55-7f2f0c3d4e5f"))).toEqual({});
    expect(sendingErrors(invoice("A1"))).toEqual({});
    expect(sendingErrors(invoice("A2"))).toEqual({});
  });
});

describe("the delay the holder has", () => {
  it("is 15 days unless VALIDATION_DELAY_DAYS says otherwise", () => {
    expect(validationDelayDays(undefined)).toBe(15);
    expect(validationDelayDays("")).toBe(15);
    expect(validationDelayDays("30")).toBe(30);
    expect(validationDelayDays(" 1 ")).toBe(1);
  });

  it.each(["0", "-3", "2.5", "quinze", "366"])("refuses VALIDATION_DELAY_DAYS=%s with a French message", (raw) => {
    expect(() => validationDelayDays(raw)).toThrow(/VALIDATION_DELAY_DAYS doit être un nombre entier de jours entre 1 et 365/);
  });

  it("ends that many days of 24 hours after sending; the deadline itself is past", () => {
    const sentAt = new Date("2026-03-20T10:15:00Z");
    const deadline = validationDeadline(sentAt, 15);
    expect(deadline.toISOString()).toBe("2026-04-04T10:15:00.000Z");
    expect(isPastDeadline(deadline, new Date("2026-04-04T10:14:59.999Z"))).toBe(false);
    expect(isPastDeadline(deadline, deadline)).toBe(true);
    expect(isPastDeadline(deadline, new Date("2026-05-01T00:00:00Z"))).toBe(true);
    expect(isPastDeadline(null, new Date("2099-01-01T00:00:00Z"))).toBe(false);
  });
});

describe("the holder's decisions", () => {
  it("are « Valider » and « Refuser » while the invoice is À valider, none in any other status", () => {
    for (const status of Object.values(InvoiceStatus)) {
      expect(validatorActionsFor(status)).toEqual(status === "A_VALIDER_1" ? ["VALIDER", "REFUSER"] : []);
    }
  });

  it("need a motif to refuse, none to validate (a motif sent with a validation is dropped)", () => {
    const refusal = validatorDecisionSchema.safeParse({ invoiceId: ID, action: "REFUSER", motif: "  ", comment: "x" });
    expect(refusal.success).toBe(false);
    expect(refusal.error?.issues).toMatchObject([{ path: ["motif"], message: "Indiquez le motif du refus." }]);
    expect(validatorDecisionSchema.parse({ invoiceId: ID, action: "REFUSER", motif: " Prestation non réalisée ", comment: "" })).toEqual({ invoiceId: ID, action: "REFUSER", input: { motif: "Prestation non réalisée" } });
    expect(validatorDecisionSchema.parse({ invoiceId: ID, action: "VALIDER", motif: "ignoré", comment: " Conforme " })).toEqual({ invoiceId: ID, action: "VALIDER", input: { comment: "Conforme" } });
    expect(validatorDecisionSchema.safeParse({ invoiceId: ID, action: "REJETER" }).success).toBe(false);
    expect(validatorDecisionSchema.safeParse({ invoiceId: ID, action: "REFUSER", motif: "m".repeat(256) }).success).toBe(false);
  });
});

describe("the automatic validation's schedule", () => {
  it("names one job per minute, whatever the second within it", () => {
    const at = new Date("2026-11-23T20:31:42.123Z");
    expect(minuteOf(at).toISOString()).toBe("2026-11-23T20:31:00.000Z");
    expect(nextMinuteOf(at).toISOString()).toBe("2026-11-23T20:32:00.000Z");
    expect(autoValidationKey(at)).toBe("invoice-auto-validation:2026-11-23T20:31");
    expect(autoValidationKey(new Date("2026-11-23T20:31:00.000Z"))).toBe(autoValidationKey(at));
    expect(autoValidationKey(nextMinuteOf(at))).toBe("invoice-auto-validation:2026-11-23T20:32");
    expect(autoValidationKey(new Date("2026-12-31T23:59:59.999Z"))).toBe("invoice-auto-validation:2026-12-31T23:59");
    expect(nextMinuteOf(new Date("2026-12-31T23:59:30Z")).toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });
});

describe("the list « Factures à valider »", () => {
  it("reads its filter and page from the address, ignoring what it does not know", () => {
    expect(parseValidationListParams({})).toEqual({ page: 1 });
    expect(parseValidationListParams({ etat: "a-valider", page: "3" })).toEqual({ etat: "a-valider", page: 3 });
    expect(parseValidationListParams({ etat: ["refusees", "validees"], page: "-2" })).toEqual({ etat: "refusees", page: 1 });
    expect(parseValidationListParams({ etat: "DROP TABLE", page: "abc" })).toEqual({ page: 1 });
  });

  it("writes the address back", () => {
    expect(validationListHref({})).toBe("/factures-a-valider");
    expect(validationListHref({ page: 1 })).toBe("/factures-a-valider");
    expect(validationListHref({ etat: "validees", page: 2 })).toBe("/factures-a-valider?etat=validees&page=2");
  });

  it("filters by decision: waiting, refused, or validated and gone on to the recipient", () => {
    expect(validationStateWhere(undefined)).toEqual({});
    expect(validationStateWhere("a-valider")).toEqual({ status: "A_VALIDER_1" });
    expect(validationStateWhere("refusees")).toEqual({ status: "REFUSEE_1" });
    expect(validationStateWhere("validees")).toEqual({ status: { notIn: ["BROUILLON", "A_VALIDER_1", "REFUSEE_1"] } });
  });
});
