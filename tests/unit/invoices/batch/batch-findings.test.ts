// The compte rendu's findings: the portal's rules get ids of their own, every finding reads « [RULE] message (where) »,
// and what is stored is read back defensively.
import { describe, expect, it } from "vitest";
import { formatFinding } from "@/features/invoices/common/ui.ts";
import { duplicateNumberFinding, fieldErrorsToFindings, storedFindings } from "@/features/invoices/batch/rules/batch-findings.ts";

describe("batch findings", () => {
  it("turns the form's field errors into portal rules with the business term concerned", () => {
    const findings = fieldErrorsToFindings({
      recipientStructureId: "Destinataire inconnu.",
      recipientServiceId: "Service inconnu.",
      engagementNumber: "Engagement obligatoire.",
      file: "Le vendeur n'est pas votre structure.",
      "lines.0.quantity": "Quantité invalide.",
      somethingElse: "Autre.",
    });
    expect(findings.map((finding) => [finding.rule, finding.location, finding.severity])).toEqual([
      ["PORTAIL-DESTINATAIRE", "BG-7", "fatal"],
      ["PORTAIL-SERVICE", "BT-10", "fatal"],
      ["PORTAIL-ENGAGEMENT", "BT-13", "fatal"],
      ["PORTAIL-FOURNISSEUR", "BG-4", "fatal"],
      ["PORTAIL-FACTURE", "BG-25", "fatal"],
      ["PORTAIL-FACTURE", "", "fatal"],
    ]);
  });

  it("formats a finding as the compte rendu lists it", () => {
    expect(formatFinding({ rule: "BR-CO-10", message: "La somme est fausse.", location: "BT-106" })).toBe("[BR-CO-10] La somme est fausse. (BT-106)");
    expect(formatFinding({ rule: "PORTAIL-FACTURE", message: "Autre.", location: "" })).toBe("[PORTAIL-FACTURE] Autre.");
    expect(formatFinding(duplicateNumberFinding("F-1"))).toBe("[PORTAIL-DOUBLON] Double facturation : le numéro de facture F-1 est déjà utilisé par une facture envoyée de votre structure. (BT-1)");
  });

  it("reads back stored findings, ignoring anything malformed", () => {
    expect(storedFindings(null)).toEqual([]);
    expect(storedFindings({ rule: "BR-01" })).toEqual([]);
    expect(storedFindings([{ rule: "BR-01", severity: "fatal", message: "m", location: "BT-24" }, 3, { rule: 1 }, { rule: "BR-02", message: "n", severity: "warning" }])).toEqual([
      { rule: "BR-01", severity: "fatal", message: "m", location: "BT-24" },
      { rule: "BR-02", severity: "warning", message: "n", location: "" },
    ]);
  });
});
