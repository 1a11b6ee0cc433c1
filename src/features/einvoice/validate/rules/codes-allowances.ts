// Code lists of allowances and charges, at document level (BG-20/BG-21) and on lines (BG-27/BG-28): reason codes
// (BR-CL-19 UNTDID 5189 for allowances, BR-CL-20 UNTDID 7161 for charges) and, at document level, their VAT
// category (BR-CL-17). An entry whose charge indicator is unknown is neither an allowance nor a charge for the
// reason rules (their UBL context tests ChargeIndicator), but its VAT category is still checked.
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import { VAT_CATEGORY_CODES } from "@/features/einvoice/model/code-lists/uncl-5305.ts";
import { ALLOWANCE_REASON_CODES } from "@/features/einvoice/model/code-lists/untdid-5189.ts";
import { CHARGE_REASON_CODES } from "@/features/einvoice/model/code-lists/untdid-7161.ts";
import type { Finding } from "../finding.ts";
import { codeFinding, itemsOf } from "./codes-support.ts";

type AllowanceCharge = NonNullable<ReadEInvoice["allowancesCharges"]>[number];

/** EN 16931 numbering of the terms at one level. */
type Level = {
  /** Prefix of locations, "" at document level, "BG-25[2]/" on the second line. */
  prefix: string;
  allowance: { group: string; reasonCode: string; vatCategory?: string };
  charge: { group: string; reasonCode: string; vatCategory?: string };
  /** Where it is, for messages: "du document", "de la ligne 2". */
  where: string;
};

export const DOCUMENT_LEVEL: Level = {
  prefix: "",
  allowance: { group: "BG-20", reasonCode: "BT-98", vatCategory: "BT-95" },
  charge: { group: "BG-21", reasonCode: "BT-105", vatCategory: "BT-102" },
  where: "du document",
};

export const lineLevel = (lineIndex: number): Level => ({
  prefix: `BG-25[${lineIndex + 1}]/`,
  allowance: { group: "BG-27", reasonCode: "BT-140" },
  charge: { group: "BG-28", reasonCode: "BT-145" },
  where: `de la ligne n° ${lineIndex + 1}`,
});

const REASONS = {
  allowance: { rule: "BR-CL-19", list: ALLOWANCE_REASON_CODES, listName: "la liste UNTDID 5189 des motifs de remise", name: "la remise" },
  charge: { rule: "BR-CL-20", list: CHARGE_REASON_CODES, listName: "la liste UNTDID 7161 des motifs de charge", name: "la charge" },
} as const;

export function allowanceChargeFindings(items: readonly AllowanceCharge[] | undefined, level: Level): Finding[] {
  const counts = { allowance: 0, charge: 0 };
  return itemsOf(items).flatMap((item, index) => {
    const kind = item?.charge === true ? "charge" : item?.charge === false ? "allowance" : undefined;
    if (kind === undefined) {
      const group = `${level.prefix}${level.allowance.group}/${level.charge.group}[${index + 1}]`;
      return vatCategoryFindings(item, level, group, `la remise ou charge n° ${index + 1}`, undefined);
    }
    const position = ++counts[kind];
    const terms = level[kind];
    const reason = REASONS[kind];
    const group = `${level.prefix}${terms.group}[${position}]`;
    const name = `${reason.name} n° ${position}`;
    return [
      ...codeFinding({
        rule: reason.rule,
        list: reason.list,
        value: item?.reasonCode,
        location: `${group}/${terms.reasonCode}`,
        term: `Le code du motif de ${name} ${level.where} (${terms.reasonCode})`,
        listName: reason.listName,
      }),
      ...vatCategoryFindings(item, level, group, name, terms.vatCategory),
    ];
  });
}

/** BR-CL-17 on a document level allowance or charge; line ones have no VAT category of their own in EN 16931. */
function vatCategoryFindings(item: AllowanceCharge | undefined, level: Level, group: string, name: string, term: string | undefined): Finding[] {
  if (level.prefix !== "") return [];
  return codeFinding({
    rule: "BR-CL-17",
    list: VAT_CATEGORY_CODES,
    value: item?.vatCategory,
    location: term ? `${group}/${term}` : group,
    term: `Le code de catégorie de TVA de ${name} ${level.where}${term ? ` (${term})` : ""}`,
    listName: "la liste UNCL 5305 des catégories de TVA",
  });
}
