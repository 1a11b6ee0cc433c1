// Rules 05–07 of each VAT category: the VAT rate of a line (BT-152), of a document level allowance (BT-96) or
// charge (BT-103) of the category. A missing or malformed rate cannot satisfy a comparison (as in the schematron).
import type { Finding } from "../finding.ts";
import { ruleId, type RateRequirement, type VatCategoryRules } from "./vat-categories.ts";
import { isNumber, readDecimal, type CategorizedItem, type VatView } from "./vat-view.ts";

function rateHolds(requirement: RateRequirement, rate: unknown): boolean {
  const value = readDecimal(rate);
  if (requirement === "absent") return value === "absent";
  if (!isNumber(value)) return false;
  if (requirement === "positive") return value.gt(0);
  if (requirement === "zero") return value.isZero();
  return value.gte(0);
}

const REQUIREMENT_TEXT: Record<RateRequirement, string> = {
  positive: "doit être supérieur à 0",
  zero: "doit être égal à 0",
  nonNegative: "doit être supérieur ou égal à 0",
  absent: "ne doit pas être indiqué",
};

export function rateFindings(category: VatCategoryRules, view: VatView): Finding[] {
  const groups: [number, CategorizedItem[], string, string, string][] = [
    [5, view.lines, "une ligne (BG-25)", "BT-151", "BT-152"],
    [6, view.allowances, "une remise au niveau du document (BG-20)", "BT-95", "BT-96"],
    [7, view.charges, "une charge au niveau du document (BG-21)", "BT-102", "BT-103"],
  ];
  return groups.flatMap(([number, items, what, codeTerm, rateTerm]) =>
    items
      .filter((item) => item.category === category.code && !rateHolds(category.rate, item.rate))
      .map((item) => ({
        rule: ruleId(category, number),
        severity: "fatal" as const,
        message: `Dans ${what} de catégorie de TVA « ${category.label} » (${codeTerm}), le taux de TVA (${rateTerm}) ${REQUIREMENT_TEXT[category.rate]}.`,
        location: `${item.location}/${rateTerm}`,
      })),
  );
}
