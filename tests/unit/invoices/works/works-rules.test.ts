// The pure rules of Factures de travaux: a statement's amounts, their refusals, the MOE's admitted amounts, the carry
// along a marché's chain, the MOE's deadline, the cadres' circuits and BT-3, the actions each side has, the schema.
import { describe, expect, it } from "vitest";
import {
  admittedInput,
  carriedPreviousStatements,
  DOCUMENT_TYPE_OF_CADRE,
  documentTypeAfterMoe,
  goesThroughMoe,
  isCorrected,
  isMoeOverdue,
  moeDeadlineFrom,
  moeDeadlineRunKey,
  namesTitulaire,
  statementAmounts,
  statementErrors,
  TYPE_CODE_OF_DOCUMENT,
  WORKS_CADRE_LABELS,
  WORKS_CADRES,
  worksActionsFor,
  worksDocumentSchema,
  moeDecisionSchema,
} from "@/features/invoices/works/ui.ts";
import { statementLines } from "@/features/invoices/works/rules/works-lines.ts";
import { invoiceTotals } from "@/features/invoices/common/index.ts";

describe("a statement's amounts", () => {
  it("pays the works of the period less the retenue de garantie and the remboursement de l'avance, plus VAT", () => {
    expect(statementAmounts({ worksToDate: "60000", previousStatements: "35000", retention: "1250", advanceRepayment: "1000", vatRate: "20" })).toEqual({
      worksToDate: "60000.00",
      previousStatements: "35000.00",
      monthWorks: "25000.00",
      retention: "1250.00",
      advanceRepayment: "1000.00",
      net: "22750.00",
      vat: "4550.00",
      gross: "27300.00",
    });
    // Decimal, never float: 0.1 + 0.2 stays 0.30, a 5.5 % VAT rounds half up to the cent.
    expect(statementAmounts({ worksToDate: "0.3", previousStatements: "0.1", retention: "0", advanceRepayment: "0", vatRate: "5.5" })).toMatchObject({ monthWorks: "0.20", vat: "0.01", gross: "0.21" });
    expect(statementAmounts({ worksToDate: "1000.10", previousStatements: "0", retention: "0", advanceRepayment: "0", vatRate: "5.5" })).toMatchObject({ vat: "55.01", gross: "1055.11" });
  });

  it("refuses works to date below the previous statements, and deductions above the works of the period", () => {
    expect(statementErrors(statementAmounts({ worksToDate: "30000", previousStatements: "35000", retention: "0", advanceRepayment: "0", vatRate: "20" }))).toEqual({
      worksToDate: "Le montant cumulé des travaux exécutés à date ne peut pas être inférieur au cumul des décomptes précédents (35000,00 €).",
    });
    expect(Object.keys(statementErrors(statementAmounts({ worksToDate: "36000", previousStatements: "35000", retention: "800", advanceRepayment: "300", vatRate: "20" })))).toEqual(["retention"]);
    expect(statementErrors(statementAmounts({ worksToDate: "35000", previousStatements: "35000", retention: "0", advanceRepayment: "0", vatRate: "20" }))).toEqual({});
  });

  it("its invoice lines sum to the net, and the portal's totals find the same VAT and TTC", () => {
    const amounts = statementAmounts({ worksToDate: "60000", previousStatements: "35000", retention: "1250", advanceRepayment: "1000", vatRate: "20" });
    const lines = statementLines(amounts, "20", 2);
    expect(lines.map((line) => [line.denomination, line.quantity, line.unitPriceNet])).toEqual([
      ["Travaux exécutés – situation n° 2", "1", "25000.00"],
      ["Retenue de garantie", "-1", "1250.00"],
      ["Remboursement de l'avance", "-1", "1000.00"],
    ]);
    const totals = invoiceTotals({ cadre: "A4", lines });
    expect([totals.totalNet, totals.totalVat, totals.totalGross]).toEqual([amounts.net, amounts.vat, amounts.gross]);
    expect(statementLines(statementAmounts({ worksToDate: "10", previousStatements: "0", retention: "0", advanceRepayment: "0", vatRate: "20" }), "20", 1)).toHaveLength(1);
  });
});

describe("the MOE's admitted amounts and the chain", () => {
  const supplier = { worksToDate: "40000.00", retention: "2000.00", advanceRepayment: "0.00" };
  it("takes each correction over the supplier's amount, and says whether any differs", () => {
    expect(admittedInput(supplier, {})).toEqual(supplier);
    expect(admittedInput(supplier, { worksToDate: "35000" })).toEqual({ ...supplier, worksToDate: "35000" });
    expect(isCorrected(supplier, admittedInput(supplier, { worksToDate: "40000" }))).toBe(false);
    expect(isCorrected(supplier, admittedInput(supplier, { retention: "1750" }))).toBe(true);
  });

  it("carries the previous statement's admitted works to date (the MOE's when corrected), 0 for the first", () => {
    expect(carriedPreviousStatements(null)).toBe("0.00");
    expect(carriedPreviousStatements({ worksToDate: "40000", moeWorksToDate: null })).toBe("40000.00");
    expect(carriedPreviousStatements({ worksToDate: "40000", moeWorksToDate: "35000" })).toBe("35000.00");
  });
});

describe("the MOE's deadline", () => {
  it("is 7 × 24 hours after the document reached the MOE, the deadline itself included", () => {
    const at = new Date("2026-12-01T09:00:00Z");
    const deadline = moeDeadlineFrom(at);
    expect(deadline.toISOString()).toBe("2026-12-08T09:00:00.000Z");
    expect(isMoeOverdue(deadline, new Date(deadline.getTime() - 1))).toBe(false);
    expect(isMoeOverdue(deadline, deadline)).toBe(true);
    expect(isMoeOverdue(null, deadline)).toBe(false);
    expect(moeDeadlineRunKey(new Date("2026-12-07T15:02:31Z"))).toBe("works-moe-deadline:2026-12-07T15:02");
  });
});

describe("the cadres", () => {
  it("the projets de décompte go through the MOE, the others straight to the MOA; sous-traitants and cotraitants name the titulaire", () => {
    expect(WORKS_CADRES.filter(goesThroughMoe)).toEqual(["A4", "A7", "A10", "A11", "A13", "A14"]);
    expect(WORKS_CADRES.filter(namesTitulaire)).toEqual(["A10", "A11", "A13", "A14"]);
    expect(WORKS_CADRE_LABELS.A4).toBe("A4 - Dépôt par un fournisseur d'un projet de décompte mensuel");
  });

  it("writes BT-3 875 for the monthly statements, 876 for the final one, 877 for the DGD; the MOE makes the PDM an état d'acompte", () => {
    expect(WORKS_CADRES.map((cadre) => TYPE_CODE_OF_DOCUMENT[DOCUMENT_TYPE_OF_CADRE[cadre]])).toEqual(["875", "875", "875", "876", "877", "875", "876", "875", "876"]);
    expect(documentTypeAfterMoe("PROJET_DECOMPTE_MENSUEL")).toBe("ETAT_ACOMPTE");
    expect(documentTypeAfterMoe("PROJET_DECOMPTE_FINAL")).toBe("PROJET_DECOMPTE_FINAL");
  });

  it("gives each side its actions in each status, and none to a reader", () => {
    expect(worksActionsFor("MISE_A_DISPOSITION_MOE", ["MOE"])).toEqual(["TRANSMETTRE_A_LA_MOA", "REFUSER_MOE", "DEMANDER_COMPLEMENT"]);
    expect(worksActionsFor("MISE_A_DISPOSITION_MOE", ["FOURNISSEUR", "MOA"])).toEqual([]);
    expect(worksActionsFor("A_COMPLETER", ["FOURNISSEUR"])).toEqual(["COMPLETER_TRAVAUX"]);
    expect(worksActionsFor("SUSPENDUE", ["FOURNISSEUR"])).toEqual(["COMPLETER"]);
    expect(worksActionsFor("A_RECYCLER", ["FOURNISSEUR"])).toEqual(["RECYCLER"]);
    expect(worksActionsFor("MISE_A_DISPOSITION_MOE", ["MOE"], "CONSULTATION")).toEqual([]);
  });
});

describe("the schemas", () => {
  const base = {
    supplierStructureId: "7f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
    cadre: "A4",
    moeStructureId: "8f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
    moaStructureId: "9f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
    marketNumber: "MT-1",
    number: "PDM-1",
    documentDate: "2026-11-30",
    worksToDate: "52 000,50",
    vatRate: "5,5",
  };
  it("normalises amounts and rates typed the French way; retention and advance default to 0", () => {
    const parsed = worksDocumentSchema.parse(base);
    expect(parsed).toMatchObject({ worksToDate: "52000.50", vatRate: "5.5", retention: "0", advanceRepayment: "0" });
  });

  it("refuses each missing piece on its field", () => {
    const issues = (input: object) => worksDocumentSchema.safeParse(input).error?.issues.map((issue) => issue.path.join(".")) ?? [];
    expect(issues({ ...base, moeStructureId: "" })).toEqual(["moeStructureId"]);
    expect(issues({ ...base, cadre: "A5" })).toEqual(["moeStructureId"]);
    expect(issues({ ...base, cadre: "A13" })).toEqual(["titulaireStructureId"]);
    expect(issues({ ...base, marketNumber: "" })).toEqual(["marketNumber"]);
    expect(issues({ ...base, worksToDate: "-5" })).toEqual(["worksToDate"]);
    expect(issues({ ...base, vatRate: "0" })).toEqual(["vatRate"]);
    expect(issues({ ...base, cadre: "A1" })).toEqual(["cadre"]);
  });

  it("takes the MOE's blank amounts as the supplier's", () => {
    expect(moeDecisionSchema.parse({ worksToDate: "", retention: "1 750", comment: "" })).toEqual({ worksToDate: undefined, retention: "1750", advanceRepayment: undefined, comment: undefined });
  });
});
