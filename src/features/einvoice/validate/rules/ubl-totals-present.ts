// BR-CO-13 and BR-CO-16 as the CEN UBL artefact checks them, on the LegalMonetaryTotal itself: every way of holding
// compares BT-109 with BT-106 (BR-CO-13) and BT-115 with BT-112 (BR-CO-16), so a LegalMonetaryTotal missing one of
// them breaks the rule (an absent amount equals nothing). The model cannot tell a missing LegalMonetaryTotal from an
// empty one, hence a syntax finding; the equalities themselves are the core rules' (core-totals.ts).
import type { XmlNode } from "../../read/safe-xml.ts";
import { child, textAt } from "../../read/safe-xml.ts";
import type { Finding } from "../finding.ts";

const fatal = (rule: string, location: string, message: string): Finding => ({ rule, severity: "fatal", message, location });
const given = (node: XmlNode, name: string) => (textAt(node, name) ?? "").trim() !== "";

export function ublMissingTotalsFindings(root: XmlNode): Finding[] {
  const monetary = child(root, "LegalMonetaryTotal");
  if (!monetary) return [];
  const findings: Finding[] = [];
  if (!given(monetary, "TaxExclusiveAmount") || !given(monetary, "LineExtensionAmount")) {
    findings.push(
      fatal("BR-CO-13", "BT-109", "Le montant total hors TVA (BT-109) et la somme des montants nets des lignes (BT-106) doivent être donnés pour être comparés."),
    );
  }
  if (!given(monetary, "PayableAmount") || !given(monetary, "TaxInclusiveAmount")) {
    findings.push(fatal("BR-CO-16", "BT-115", "Le montant à payer (BT-115) et le montant total TVA comprise (BT-112) doivent être donnés pour être comparés."));
  }
  return findings;
}
