// The payment means of a CII invoice as the CEN's CII artefact checks them, on the syntax: CII repeats
// SpecifiedTradeSettlementPaymentMeans and the model keeps one BG-16 (the first means code, the accounts of all of
// them), so a second means without its code or a credit transfer account without identifier would be lost there.
// BR-49: every SpecifiedTradeSettlementPaymentMeans has a TypeCode. BR-50 (identifier not blank) and BR-61
// (identifier element present): every creditor account of a means coded 30 or 58, IBANID or ProprietaryID.
// One reading stricter than the artefact (decision 0016): a credit transfer in an invoice that names no account at all
// breaks BR-61, as EN 16931 says and the UBL artefact checks; the CII artefact, whose context is the account element,
// sees nothing there. The portal refuses such a deposit (decision 0011).
import type { XmlNode } from "../../read/safe-xml.ts";
import { child, children } from "../../read/safe-xml.ts";
import type { Finding } from "../finding.ts";

/** UNTDID 4461 codes of a credit transfer the artefact names: 30 (credit transfer), 58 (SEPA credit transfer). */
const CREDIT_TRANSFER_CODES = new Set(["30", "58"]);

const fatal = (rule: string, location: string, message: string): Finding => ({ rule, severity: "fatal", message, location });
const blank = (nodes: XmlNode[]) => nodes.every((node) => node.text.trim() === "");

export function ciiPaymentMeansFindings(root: XmlNode): Finding[] {
  const settlement = child(child(root, "SupplyChainTradeTransaction"), "ApplicableHeaderTradeSettlement");
  const allMeans = children(settlement, "SpecifiedTradeSettlementPaymentMeans");
  const noAccountNamed = allMeans.every((means) => children(means, "PayeePartyCreditorFinancialAccount").length === 0);
  return allMeans.flatMap((means, index) => {
    const location = `BG-16[${index + 1}]`;
    const codes = children(means, "TypeCode");
    const findings: Finding[] = [];
    if (codes.length === 0) {
      findings.push(fatal("BR-49", `${location}/BT-81`, "Une instruction de paiement (BG-16) doit préciser le code du moyen de paiement (BT-81)."));
    }
    // The artefact compares the code as written (XPath =, no trimming).
    if (!codes.some((code) => CREDIT_TRANSFER_CODES.has(code.text))) return findings;
    if (noAccountNamed) {
      findings.push(
        fatal("BR-61", `${location}/BT-84`, "Le moyen de paiement (BT-81) est un virement : l'identifiant du compte de paiement (BT-84) doit être présent."),
      );
    }
    for (const account of children(means, "PayeePartyCreditorFinancialAccount")) {
      const identifiers = [...children(account, "IBANID"), ...children(account, "ProprietaryID")];
      if (blank(identifiers)) {
        findings.push(
          fatal("BR-50", `${location}/BG-17/BT-84`, "L'identifiant du compte de paiement (BT-84) doit être présent lorsque des informations de virement (BG-17) sont fournies."),
        );
      }
      if (identifiers.length === 0) {
        findings.push(
          fatal("BR-61", `${location}/BT-84`, "Le moyen de paiement (BT-81) est un virement : l'identifiant du compte de paiement (BT-84) doit être présent."),
        );
      }
    }
    return findings;
  });
}
