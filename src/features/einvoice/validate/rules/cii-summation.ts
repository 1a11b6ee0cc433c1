// BR-12..15 as the CEN's CII artefact checks them, on the syntax: in SpecifiedTradeSettlementHeaderMonetarySummation,
// the element of each mandatory total must be there (LineTotalAmount, TaxBasisTotalAmount, GrandTotalAmount,
// DuePayableAmount). Without the summation nothing is checked here: BR-CO-15, checked from the root, refuses the
// invoice then.
import type { XmlNode } from "../../read/safe-xml.ts";
import { at, child } from "../../read/safe-xml.ts";
import type { Finding } from "../finding.ts";
import { MANDATORY_TOTALS } from "./core-totals.ts";

const ELEMENTS: Record<(typeof MANDATORY_TOTALS)[number]["term"], string> = {
  lineNetTotal: "LineTotalAmount",
  taxExclusive: "TaxBasisTotalAmount",
  taxInclusive: "GrandTotalAmount",
  amountDue: "DuePayableAmount",
};

export function ciiMandatoryTotalsFindings(root: XmlNode): Finding[] {
  const summation = at(root, "SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement/SpecifiedTradeSettlementHeaderMonetarySummation");
  if (!summation) return [];
  return MANDATORY_TOTALS.filter(({ term }) => !child(summation, ELEMENTS[term])).map(({ rule, message, location }) => ({
    rule,
    severity: "fatal",
    message,
    location,
  }));
}
