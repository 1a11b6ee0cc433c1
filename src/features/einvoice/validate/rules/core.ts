// The core business rules of EN 16931, whatever the syntax: mandatory terms and conditional presence (BR-01..65),
// conditions and calculations (BR-CO-03..26) and decimals (BR-DEC-01..28). VAT-category rules are in vat.ts, code
// lists in codes.ts. Each theme has its own file; this group runs them all.
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import type { RuleGroup } from "../rule.ts";
import { breakdownFindings } from "./core-breakdown.ts";
import { decimalFindings } from "./core-decimals.ts";
import { documentFindings } from "./core-document.ts";
import { documentAllowanceChargeFindings, lineFindings } from "./core-lines.ts";
import { partyFindings } from "./core-parties.ts";
import { paymentFindings } from "./core-payment.ts";
import { rec } from "./core-support.ts";
import { totalsFindings } from "./core-totals.ts";

const THEMES = [
  documentFindings,
  partyFindings,
  totalsFindings,
  breakdownFindings,
  documentAllowanceChargeFindings,
  lineFindings,
  paymentFindings,
  decimalFindings,
];

export const coreRules: RuleGroup = (invoice, context) => {
  // Whatever was passed (a reader's partial result, or not even an object), the rules read a plain object.
  const readInvoice: ReadEInvoice = rec(invoice) ?? {};
  return THEMES.flatMap((theme) => theme(readInvoice, context ?? { syntax: "UBL" }));
};
