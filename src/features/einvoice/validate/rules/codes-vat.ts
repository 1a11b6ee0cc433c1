// Code lists of the VAT breakdown (BG-23): category (BR-CL-17, UNCL 5305) and exemption reason code (BR-CL-22,
// CEF VATEX, compared in upper case as the schematron's upper-case() does); document level allowances and charges
// with their VAT category and reasons.
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import { isCoded } from "@/features/einvoice/model/code-lists/code-set.ts";
import { VAT_CATEGORY_CODES } from "@/features/einvoice/model/code-lists/uncl-5305.ts";
import { VAT_EXEMPTION_REASON_CODES } from "@/features/einvoice/model/code-lists/vatex.ts";
import type { Finding } from "../finding.ts";
import type { RuleContext } from "../rule.ts";
import { DOCUMENT_LEVEL, allowanceChargeFindings } from "./codes-allowances.ts";
import { codeFinding, itemsOf } from "./codes-support.ts";

const isVatexCode = (list: ReadonlySet<string>, code: string) => isCoded(list, code.toUpperCase());

/** The CII artefact checks the breakdown's category (an ApplicableTradeTax, as a line's) under BR-CL-18, UBL under BR-CL-17. */
export function vatCodeFindings(invoice: ReadEInvoice, context?: RuleContext): Finding[] {
  return [
    ...itemsOf(invoice.vatBreakdown).flatMap((breakdown, index) => [
      ...codeFinding({
        rule: context?.syntax === "CII" ? "BR-CL-18" : "BR-CL-17",
        list: VAT_CATEGORY_CODES,
        value: breakdown?.category,
        location: `BG-23[${index + 1}]/BT-118`,
        term: `Le code de catégorie de TVA du récapitulatif n° ${index + 1} (BT-118)`,
        listName: "la liste UNCL 5305 des catégories de TVA",
      }),
      ...codeFinding({
        rule: "BR-CL-22",
        list: VAT_EXEMPTION_REASON_CODES,
        value: breakdown?.exemptionReasonCode,
        location: `BG-23[${index + 1}]/BT-121`,
        term: `Le code du motif d'exonération de TVA du récapitulatif n° ${index + 1} (BT-121)`,
        listName: "la liste CEF VATEX",
        matches: isVatexCode,
      }),
    ]),
    ...allowanceChargeFindings(invoice.allowancesCharges, DOCUMENT_LEVEL),
  ];
}
