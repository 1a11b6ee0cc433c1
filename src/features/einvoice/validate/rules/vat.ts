// EN 16931 business rules of the VAT categories: BR-S, BR-Z, BR-E, BR-AE, BR-IC, BR-G, BR-IG, BR-IP, BR-O and BR-B,
// following the semantics of the CEN schematron (UBL binding). Every rule is fatal there.
import type { RuleGroup } from "../rule.ts";
import { VAT_CATEGORIES } from "./vat-categories.ts";
import { breakdownFindings } from "./vat-breakdown.ts";
import { rateFindings } from "./vat-rates.ts";
import { intraCommunityFindings, notSubjectFindings } from "./vat-specific.ts";
import { splitPaymentFindings } from "./vat-split-payment.ts";
import { breakdownPresenceFindings, identifierFindings } from "./vat-usage.ts";
import { vatView } from "./vat-view.ts";

export { FORMER_VAT_RULE_PREFIXES } from "./vat-categories.ts";

export const vatRules: RuleGroup = (invoice, context) => {
  const view = vatView(invoice);
  return [
    ...VAT_CATEGORIES.flatMap((category) => [
      ...breakdownPresenceFindings(category, view, context),
      ...identifierFindings(category, view),
      ...rateFindings(category, view),
      ...breakdownFindings(category, view),
    ]),
    ...intraCommunityFindings(view),
    ...notSubjectFindings(view),
    ...splitPaymentFindings(invoice, view, context),
  ];
};
