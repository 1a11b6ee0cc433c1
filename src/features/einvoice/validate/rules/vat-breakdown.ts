// Rules 08–10 of each VAT category, checked on every VAT breakdown (BG-23) of the category: its taxable amount
// (BT-116) against the lines and document level allowances/charges, its tax amount (BT-117), its exemption reason.
import Decimal from "decimal.js";
import type { Finding } from "../finding.ts";
import { ruleId, type VatCategoryRules } from "./vat-categories.ts";
import { formatAmount, isNumber, isPresent, readDecimal, ZERO, type CategorizedItem, type VatBreakdownView, type VatView } from "./vat-view.ts";

const fatal = (rule: string, message: string, location: string): Finding => ({ rule, severity: "fatal", message, location });

const hasRate = (item: CategorizedItem, rate: Decimal) => {
  const itemRate = readDecimal(item.rate);
  return isNumber(itemRate) && itemRate.eq(rate);
};

/** Σ line net amounts + Σ charges − Σ allowances of the category (and rate, when given); a malformed amount
 * makes the sum impossible (xs:decimal fails), a missing one adds nothing. */
function categoryBase(view: VatView, code: string, rate?: Decimal): Decimal | "malformed" {
  let total = ZERO;
  const signed: [CategorizedItem[], 1 | -1][] = [
    [view.lines, 1],
    [view.charges, 1],
    [view.allowances, -1],
  ];
  for (const [items, sign] of signed)
    for (const item of items) {
      if (item.category !== code || (rate !== undefined && !hasRate(item, rate))) continue;
      const amount = readDecimal(item.amount);
      if (amount === "malformed") return "malformed";
      if (isNumber(amount)) total = total.plus(amount.times(sign));
    }
  return total;
}

const comparison = (expected: Decimal | "malformed", given: ReturnType<typeof readDecimal>) =>
  isNumber(expected) && isNumber(given) ? ` Attendu : ${formatAmount(expected)} ; indiqué : ${formatAmount(given)}.` : "";

/** Rule 08 for S, L, M: per rate, within ±1, and the rate must be used by a line, allowance or charge. */
function taxedBaseFinding(category: VatCategoryRules, view: VatView, breakdown: VatBreakdownView): Finding[] {
  const rate = readDecimal(breakdown.rate);
  if (rate === "absent") return []; // "every $rate in ()" holds
  const rule = ruleId(category, 8);
  const location = `${breakdown.location}/BT-116`;
  const message = `Pour chaque taux de TVA (BT-119) de la catégorie « ${category.label} », la base imposable (BT-116) du récapitulatif de TVA (BG-23) doit être égale à la somme des montants nets des lignes (BT-131), plus les charges (BT-99), moins les remises (BT-92) au niveau du document, de cette catégorie et de ce taux (BT-152, BT-103, BT-96).`;
  if (!isNumber(rate)) return [fatal(rule, message, location)];
  const used = view.lines.some((line) => line.category === category.code && hasRate(line, rate)) ||
    view.allowancesAndCharges.some((item) => item.category === category.code && hasRate(item, rate));
  if (!used) return [fatal(rule, `${message} Aucune ligne, remise ou charge n'a le taux ${rate.toFixed()} %.`, location)];
  const expected = categoryBase(view, category.code, rate);
  const taxable = readDecimal(breakdown.taxableAmount);
  const holds = isNumber(expected) && isNumber(taxable) && taxable.minus(1).lt(expected) && taxable.plus(1).gt(expected);
  return holds ? [] : [fatal(rule, message + comparison(expected, taxable), location)];
}

/** Rule 08 for the untaxed categories: one exact base over the whole category; an invoice without lines fails. */
function untaxedBaseFinding(category: VatCategoryRules, view: VatView, breakdown: VatBreakdownView): Finding[] {
  const expected = categoryBase(view, category.code);
  const taxable = readDecimal(breakdown.taxableAmount);
  if (view.lines.length > 0 && isNumber(expected) && isNumber(taxable) && taxable.eq(expected)) return [];
  const message = `Dans un récapitulatif de TVA (BG-23) de catégorie « ${category.label} » (BT-118), la base imposable (BT-116) doit être égale à la somme des montants nets des lignes (BT-131), moins les remises (BT-92), plus les charges (BT-99) au niveau du document de cette catégorie.`;
  return [fatal(ruleId(category, 8), message + comparison(expected, taxable), `${breakdown.location}/BT-116`)];
}

/** Rule 09: tax = base × rate rounded to the cent, within ±1 (S, L, M), or exactly 0 (the others). */
function taxAmountFinding(category: VatCategoryRules, breakdown: VatBreakdownView): Finding[] {
  const tax = readDecimal(breakdown.taxAmount);
  const location = `${breakdown.location}/BT-117`;
  if (!category.taxed) {
    if (isNumber(tax) && tax.isZero()) return [];
    return [fatal(ruleId(category, 9), `Le montant de TVA (BT-117) d'un récapitulatif de TVA (BG-23) de catégorie « ${category.label} » doit être égal à 0.`, location)];
  }
  const taxable = readDecimal(breakdown.taxableAmount);
  const rate = readDecimal(breakdown.rate);
  // XPath round() rounds halves up (towards +∞).
  const expected = isNumber(taxable) && isNumber(rate) ? taxable.abs().times(rate).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_CEIL) : "malformed";
  if (isNumber(expected) && isNumber(tax) && tax.abs().minus(1).lt(expected) && tax.abs().plus(1).gt(expected)) return [];
  const message = `Le montant de TVA (BT-117) d'un récapitulatif de TVA (BG-23) de catégorie « ${category.label} » doit être égal à la base imposable (BT-116) multipliée par le taux (BT-119), arrondie au centime.`;
  return [fatal(ruleId(category, 9), message + comparison(expected, isNumber(tax) ? tax.abs() : tax), location)];
}

/** Rule 10: exemption reason text (BT-120) or code (BT-121), required or forbidden. */
function exemptionFinding(category: VatCategoryRules, breakdown: VatBreakdownView): Finding[] {
  const given = isPresent(breakdown.exemptionReason) || isPresent(breakdown.exemptionReasonCode);
  const rule = ruleId(category, 10);
  const location = `${breakdown.location}/BT-120`;
  if (category.exemptionReason === "required" && !given)
    return [fatal(rule, `Un récapitulatif de TVA (BG-23) de catégorie « ${category.label} » doit contenir un motif d'exonération (BT-120) ou un code de motif d'exonération (BT-121).`, location)];
  if (category.exemptionReason === "forbidden" && given)
    return [fatal(rule, `Un récapitulatif de TVA (BG-23) de catégorie « ${category.label} » ne doit contenir ni motif d'exonération (BT-120) ni code de motif d'exonération (BT-121).`, location)];
  return [];
}

export function breakdownFindings(category: VatCategoryRules, view: VatView): Finding[] {
  return view.breakdowns
    .filter((breakdown) => breakdown.category === category.code)
    .flatMap((breakdown) => [
      ...(category.taxed ? taxedBaseFinding(category, view, breakdown) : untaxedBaseFinding(category, view, breakdown)),
      ...taxAmountFinding(category, breakdown),
      ...exemptionFinding(category, breakdown),
    ]);
}
