// EN 16931 validation of an invoice as read from a file (or as the portal writes it): the syntax's own findings,
// then every business rule group. Fatal findings refuse the invoice; warnings are reported only.
import type { ReadEInvoice } from "../model/einvoice.ts";
import type { Finding } from "./finding.ts";
import { codesRules } from "./rules/codes.ts";
import { coreRules } from "./rules/core.ts";
import { vatRules } from "./rules/vat.ts";

const GROUPS = [coreRules, vatRules, codesRules];

export function validateEInvoice(invoice: ReadEInvoice, syntaxFindings: Finding[] = []): Finding[] {
  return [...syntaxFindings, ...GROUPS.flatMap((group) => group(invoice))];
}

export const fatalFindings = (findings: Finding[]) => findings.filter((finding) => finding.severity === "fatal");
