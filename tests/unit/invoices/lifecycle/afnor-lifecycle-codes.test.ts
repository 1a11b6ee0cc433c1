import { describe, expect, it } from "vitest";
import { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { AFNOR_LIFECYCLE_CODES, afnorLifecycleOf } from "@/features/invoices/lifecycle/rules/afnor-lifecycle-codes.ts";

describe("AFNOR XP Z12-012 lifecycle codes", () => {
  it("gives every status after the draft a code of the reform, 200 to 213", () => {
    for (const status of Object.values(InvoiceStatus).filter((s) => s !== "BROUILLON")) {
      expect(Number(AFNOR_LIFECYCLE_CODES[status]), status).toBeGreaterThanOrEqual(200);
      expect(Number(AFNOR_LIFECYCLE_CODES[status]), status).toBeLessThanOrEqual(213);
    }
    expect(afnorLifecycleOf("BROUILLON")).toBeNull();
  });

  it("tells the buyer's refusal (210) from an invoice that never reached a valid recipient (213)", () => {
    expect(afnorLifecycleOf("REJETEE")).toEqual({ code: "210", libelle: "Refusée" });
    expect(afnorLifecycleOf("A_RECYCLER")).toEqual({ code: "213", libelle: "Rejetée" });
    expect(afnorLifecycleOf("MISE_A_DISPOSITION")).toEqual({ code: "203", libelle: "Mise à disposition" });
    expect(afnorLifecycleOf("MISE_EN_PAIEMENT")).toEqual({ code: "211", libelle: "Paiement transmis" });
  });
});
