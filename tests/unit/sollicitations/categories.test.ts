import { describe, expect, it } from "vitest";
import { addresseeKindOf, SOLLICITATION_CATEGORIES } from "@/features/sollicitations/rules/categories.ts";
import { invoiceQuestionDefaults } from "@/features/sollicitations/rules/invoice-question.ts";
import { createSollicitationSchema } from "@/features/sollicitations/schemas.ts";

const STRUCTURE_ID = "5b7f0e4a-3c1d-4e9a-8f2b-1a2b3c4d5e6f";
const base = { authorStructureId: STRUCTURE_ID, subject: "Objet", message: "Bonjour" };

describe("catégories and sous-catégories", () => {
  it("send a question about an invoice to a public structure, the rest to the support", () => {
    expect(addresseeKindOf("Suivi du traitement d'une facture", "Facture rejetée")).toBe("STRUCTURE");
    expect(addresseeKindOf("Compte utilisateur et structures", "Rattachement à une structure")).toBe("SUPPORT");
    expect(addresseeKindOf("Compte utilisateur et structures", "Facture rejetée")).toBeUndefined();
    expect(new Set(SOLLICITATION_CATEGORIES.map((c) => c.label)).size).toBe(SOLLICITATION_CATEGORIES.length);
  });

  it("pre-fill a question about a rejected invoice", () => {
    expect(invoiceQuestionDefaults({ number: "F-2026-7", status: "REJETEE", statusLabel: "Rejetée" })).toEqual({
      category: "Suivi du traitement d'une facture",
      subCategory: "Facture rejetée",
      subject: "Facture n° F-2026-7 : Rejetée",
    });
  });

  it("require a public structure when the pair goes to one, and a pair of the list", () => {
    const toStructure = { ...base, category: "Suivi du traitement d'une facture", subCategory: "Facture rejetée" };
    expect(createSollicitationSchema.safeParse(toStructure).error?.issues.map((i) => i.path.join("."))).toEqual(["addresseeStructureId"]);
    expect(createSollicitationSchema.safeParse({ ...toStructure, addresseeStructureId: STRUCTURE_ID, addresseeServiceId: "" }).success).toBe(true);
    expect(createSollicitationSchema.safeParse({ ...base, category: "Autre demande", subCategory: "Autre" }).success).toBe(true);
    expect(createSollicitationSchema.safeParse({ ...base, category: "Autre demande", subCategory: "Facture rejetée" }).error?.issues[0].path).toEqual(["subCategory"]);
    expect(createSollicitationSchema.safeParse({ ...base, category: "Autre demande", subCategory: "Autre", subject: "x".repeat(201) }).success).toBe(false);
  });
});
