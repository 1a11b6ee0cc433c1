// BR-CL-18 as the CEN's CII artefact checks it, for what the model does not keep: its context is every
// ApplicableTradeTax/CategoryCode, while a line (BG-25) has one VAT category (BT-151), read from its first
// ApplicableTradeTax. The codes of a line's further ApplicableTradeTax are checked here, on the syntax.
import { VAT_CATEGORY_CODES } from "@/features/einvoice/model/code-lists/uncl-5305.ts";
import type { XmlNode } from "../../read/safe-xml.ts";
import { child, children } from "../../read/safe-xml.ts";
import type { Finding } from "../finding.ts";
import { codeFinding } from "./codes-support.ts";

export function ciiLineTaxCodeFindings(root: XmlNode): Finding[] {
  const lines = children(child(root, "SupplyChainTradeTransaction"), "IncludedSupplyChainTradeLineItem");
  return lines.flatMap((line, lineIndex) =>
    children(child(line, "SpecifiedLineTradeSettlement"), "ApplicableTradeTax")
      .slice(1)
      .flatMap((tax, taxIndex) =>
        children(tax, "CategoryCode").flatMap((code) =>
          codeFinding({
            rule: "BR-CL-18",
            list: VAT_CATEGORY_CODES,
            value: code.text,
            location: `BG-25[${lineIndex + 1}]/ApplicableTradeTax[${taxIndex + 2}]/BT-151`,
            term: `Le code de catégorie de TVA de la taxe n° ${taxIndex + 2} de la ligne n° ${lineIndex + 1} (BT-151)`,
            listName: "la liste UNCL 5305 des catégories de TVA",
          }),
        ),
      ),
  );
}
