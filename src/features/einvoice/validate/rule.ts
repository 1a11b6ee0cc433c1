// A group of EN 16931 business rules: given the invoice as read, the findings of the rules it breaks.
// Pure; must never throw, whatever is missing or malformed in the invoice (a missing term is a finding or nothing).
import type { ReadEInvoice } from "../model/einvoice.ts";
import type { Finding } from "./finding.ts";

/**
 * The syntax the invoice was read from. The CEN's UBL and CII artefacts check a few rules differently (BR-CO-15,
 * BR-CO-17, BR-49: docs/decisions/0016-en16931-oracle.md); the rules follow the artefact of the invoice's syntax.
 */
export type RuleSyntax = "UBL" | "CII";
export type RuleContext = { syntax: RuleSyntax };

/** `context` absent: UBL, the stricter reading (an invoice known only as a model). */
export type RuleGroup = (invoice: ReadEInvoice, context?: RuleContext) => Finding[];
