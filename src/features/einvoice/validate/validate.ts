// EN 16931 validation of an invoice as read from a file (or as the portal writes it): the syntax's own findings,
// then every business rule group. Fatal findings refuse the invoice; warnings are reported only.
import type { ReadEInvoice } from "../model/einvoice.ts";
import type { Finding } from "./finding.ts";
import type { RuleContext } from "./rule.ts";
import { codesRules } from "./rules/codes.ts";
import { coreRules } from "./rules/core.ts";
import { vatRules } from "./rules/vat.ts";

// The French reform's BR-FR rules are not EN 16931: they run apart (rules/fr.ts, decision 0014).
const GROUPS = [coreRules, vatRules, codesRules];

/**
 * `syntax`: the one the invoice was read from (ReadResult.syntax), where the CEN's UBL and CII artefacts differ; an
 * invoice known only as a model (no file yet) is checked as UBL, the stricter reading.
 */
export function validateEInvoice(invoice: ReadEInvoice, syntaxFindings: Finding[] = [], syntax: string = "UBL"): Finding[] {
  const context: RuleContext = { syntax: syntax === "CII" ? "CII" : "UBL" };
  return [...syntaxFindings, ...GROUPS.flatMap((group) => group(invoice, context))];
}

export const fatalFindings = (findings: Finding[]) => findings.filter((finding) => finding.severity === "fatal");
