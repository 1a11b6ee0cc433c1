// BR-30 as the CEN's CII artefact checks it, on the syntax: on each line's BillingSpecifiedPeriod holding both a
// StartDateTime and an EndDateTime, an end DateTimeString of format 102 must be later than or equal to a start one
// (XPath compares them as text: CCYYMMDD sorts as the date). The model keeps a date only when it is given, so a
// StartDateTime or EndDateTime without its date (or in another format), which breaks the rule there, is seen only here.
import type { XmlNode } from "../../read/safe-xml.ts";
import { child, children } from "../../read/safe-xml.ts";
import type { Finding } from "../finding.ts";

const datesOf = (node: XmlNode) =>
  children(node, "DateTimeString")
    .filter((date) => date.attrs.format === "102")
    .map((date) => date.text);

export function ciiLinePeriodFindings(root: XmlNode): Finding[] {
  const lines = children(child(root, "SupplyChainTradeTransaction"), "IncludedSupplyChainTradeLineItem");
  return lines.flatMap((line, index) =>
    children(child(line, "SpecifiedLineTradeSettlement"), "BillingSpecifiedPeriod").flatMap((period): Finding[] => {
      const starts = children(period, "StartDateTime");
      const ends = children(period, "EndDateTime");
      if (starts.length === 0 || ends.length === 0) return [];
      const startDates = starts.flatMap(datesOf);
      const holds = ends.flatMap(datesOf).some((end) => startDates.some((start) => end >= start));
      if (holds) return [];
      return [
        {
          rule: "BR-30",
          severity: "fatal",
          message: "La date de fin de la période de facturation de la ligne (BT-135) doit être postérieure ou égale à sa date de début (BT-134).",
          location: `BG-25[${index + 1}]/BG-26/BT-135`,
        },
      ];
    }),
  );
}
