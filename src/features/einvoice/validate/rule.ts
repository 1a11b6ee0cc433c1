// A group of EN 16931 business rules: given the invoice as read, the findings of the rules it breaks.
// Pure; must never throw, whatever is missing or malformed in the invoice (a missing term is a finding or nothing).
import type { ReadEInvoice } from "../model/einvoice.ts";
import type { Finding } from "./finding.ts";

export type RuleGroup = (invoice: ReadEInvoice) => Finding[];
